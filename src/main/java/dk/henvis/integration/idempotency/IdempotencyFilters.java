package dk.henvis.integration.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.common.Problem;
import dk.henvis.common.ProblemMapper;
import dk.henvis.common.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} for every POST under /api/v1/referrals (creation and each transition,
 * including the ones other features add): the first request with a key runs, a retry with the same
 * key and body gets the first response again (marked {@value #REPLAYED}), the same key with another
 * body is 422, and a retry while the first still runs waits for it (409 after the database's lock
 * timeout). The claim and a 2xx answer commit in one transaction with the change they guard
 * ({@link IdempotencyStore}); a 4xx answer changes nothing and is kept too; a 5xx, or a crash, leaves
 * the key free, so the client can retry at once, on any replica.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final Pattern PATH = Pattern.compile("^/api/v1/referrals(/[^/]+/[^/]+)?/?$");
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    @Inject
    IdempotencyStore store;
    @Inject
    ObjectMapper mapper;

    private record Claimed(String caller, String key, String requestHash) {
    }

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || !PATH.matcher(path(request)).matches()) {
            return Optional.empty();
        }
        if (!KEY.matcher(key).matches()) {
            return Optional.of(problem(ProblemType.VALIDATION_FAILED,
                    "Idempotency-Key must be 1 to 255 visible ASCII characters", request));
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return Optional.empty(); // the endpoint's own security answers 401
        }
        String caller = request.getSecurityContext().getUserPrincipal().getName();
        byte[] body = readBody(request);
        String requestHash = hash(request.getMethod(), path(request), body);
        IdempotencyStore.Claim claim = store.claim(caller, key, requestHash);
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            return Optional.of(replay(replay.response()));
        }
        if (claim instanceof IdempotencyStore.Claim.InProgress) {
            return Optional.of(problem(ProblemType.REQUEST_IN_PROGRESS,
                    "A request with this Idempotency-Key is still running; retry when it has finished", request));
        }
        if (claim instanceof IdempotencyStore.Claim.Reused) {
            return Optional.of(problem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a request with another body or address", request));
        }
        request.setProperty(CLAIM, new Claimed(caller, key, requestHash));
        return Optional.empty();
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        try {
            if (status >= 500) {
                store.abandon();
            } else {
                IdempotencyStore.StoredResponse stored = stored(response);
                if (status >= 400) {
                    store.refused(claimed.caller(), claimed.key(), claimed.requestHash(), stored);
                } else {
                    store.complete(claimed.caller(), claimed.key(), stored);
                }
                if (stored.body() != null) {
                    // The answer is written once: the client gets the very bytes a replay will send.
                    response.setEntity(stored.body(), null, response.getMediaType());
                }
            }
        } catch (IOException | RuntimeException e) {
            store.abandon();
            if (status < 400) {
                // The change was rolled back with its answer: the client must hear that, not the answer.
                replaceWith(response, ProblemMapper.failure(e, path(request)));
            } else {
                // The refusal stands (it changed nothing); it is just not remembered for the key.
                LOG.debugf("A refusal's answer was not kept for its Idempotency-Key: %s", e.getClass().getSimpleName());
            }
        }
    }

    private IdempotencyStore.StoredResponse stored(ContainerResponseContext response) throws IOException {
        String body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
        MediaType type = response.getMediaType();
        return new IdempotencyStore.StoredResponse(response.getStatus(), type == null ? null : type.toString(), body,
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG));
    }

    private static void replaceWith(ContainerResponseContext response, Response failure) {
        response.getHeaders().clear();
        failure.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setStatus(failure.getStatus());
        response.setEntity(failure.getEntity(), null, MediaType.valueOf(ProblemMapper.PROBLEM_JSON));
    }

    private static Response replay(IdempotencyStore.StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.body() != null) {
            builder.entity(stored.body()).type(stored.mediaType() == null ? MediaType.APPLICATION_JSON : stored.mediaType());
        }
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        return builder.build();
    }

    private static Response problem(ProblemType type, String detail, ContainerRequestContext request) {
        return Response.status(type.status()).type(ProblemMapper.PROBLEM_JSON)
                .entity(Problem.of(type, detail, path(request), List.of())).build();
    }

    private static String path(ContainerRequestContext request) {
        String path = ProblemMapper.instance(request.getUriInfo());
        return path == null ? "" : path;
    }

    private static byte[] readBody(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
