package dk.henvis.console;

import dk.henvis.common.FieldError;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.common.IfMatch;
import dk.henvis.integration.idempotency.IdempotencyFilters;
import dk.henvis.integration.idempotency.IdempotencyStore;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A console form post, done the way the API does a change: the form's hidden {@code idempotencyKey} goes through
 * the API's idempotency store (a second click of the same form is answered with the first one's redirect and
 * changes nothing), the form's {@code version} is checked by {@link IfMatch} like an If-Match header, and the
 * request record is validated with its own constraints before the service is called.
 */
@ApplicationScoped
public class ConsoleForms {

    /** Keys of console forms live beside the API's keys of the same caller, apart from them. */
    static final String KEY_PREFIX = "console:";
    static final String KEY_FIELD = "idempotencyKey";
    static final String VERSION_FIELD = "version";
    private static final Pattern KEY = Pattern.compile("^[0-9a-fA-F-]{36}$");

    @Inject
    IdempotencyStore store;
    @Inject
    IfMatch ifMatch;
    @Inject
    Validator validator;
    @Inject
    ConsoleProblems problems;

    /** Either where to go next (POST/redirect/GET) or the refusal to show on the form. */
    public sealed interface Result {
        record Done(URI location) implements Result {
        }

        record Refused(Refusal refusal) implements Result {
        }
    }

    public Result submit(Actor actor, String formName, String path, MultivaluedMap<String, String> form,
                         Supplier<URI> change) {
        return submit(actor, formName, path, form, Map.of(), change);
    }

    /** As above; a refusal of a policy named in {@code ruleFields} is shown at that field of the form. */
    public Result submit(Actor actor, String formName, String path, MultivaluedMap<String, String> form,
                         Map<String, ConsoleProblems.RuleField> ruleFields, Supplier<URI> change) {
        String key = form.getFirst(KEY_FIELD);
        if (key == null || !KEY.matcher(key).matches()) {
            return refused(ProblemType.VALIDATION_FAILED, formName);
        }
        String caller = actor.name();
        String storedKey = KEY_PREFIX + key;
        IdempotencyStore.Claim claim = store.claim(caller, storedKey,
                IdempotencyFilters.hash("POST", path, canonical(form)));
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            return new Result.Done(URI.create(replay.response().location()));
        }
        if (claim instanceof IdempotencyStore.Claim.InProgress) {
            return refused(ProblemType.REQUEST_IN_PROGRESS, formName);
        }
        if (claim instanceof IdempotencyStore.Claim.Reused) {
            return refused(ProblemType.IDEMPOTENCY_KEY_REUSED, formName);
        }
        try {
            String version = form.getFirst(VERSION_FIELD);
            if (version != null) {
                ifMatch.expect(parseVersion(version));
            }
            URI next = change.get();
            store.complete(caller, storedKey, new IdempotencyStore.StoredResponse(303, null, null, next.toString(), null));
            return new Result.Done(next);
        } catch (RuntimeException e) {
            // A refused form can be corrected and sent again with the same key; nothing of it was kept.
            store.abandon();
            return new Result.Refused(problems.of(e, formName, ruleFields).orElseThrow(() -> e));
        }
    }

    /** Validates a request record with the constraints the API's endpoint puts on the same body. */
    public <T> T valid(T request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private Result refused(ProblemType type, String formName) {
        return new Result.Refused(problems.refusal(type, formName, List.of()));
    }

    private static long parseVersion(String version) {
        try {
            return Long.parseLong(version.trim());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "version is not a number",
                    List.of(new FieldError(VERSION_FIELD, "invalid")));
        }
    }

    /** The form's fields in a fixed order, without the CSRF token (a new page gives a new token, not a new request). */
    static byte[] canonical(MultivaluedMap<String, String> form) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(form).forEach((name, values) -> {
            if (!name.equals("csrf-token")) {
                values.forEach(v -> out.append(name).append('=').append(v).append('\n'));
            }
        });
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
