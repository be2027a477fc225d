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
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} for every POST under /api/v1/referrals (creation and each transition,
 * including the ones other features add): the first request with a key runs, a retry with the same
 * key and body gets the first response again (marked {@value #REPLAYED}), the same key with another
 * body is 422, and a retry while the first still runs is 409. 2xx and 4xx answers are kept and
 * replayed; a 5xx releases the key so the client can retry.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final Pattern PATH = Pattern.compile("^/api/v1/referrals(/[^/]+/[^/]+)?/?$");
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    @Inject
    IdempotencyStore store;
    @Inject
    ObjectMapper mapper;

    private record Claimed(String caller, String key) {
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
        IdempotencyStore.Claim claim = store.claim(caller, key, hash(request.getMethod(), path(request), body));
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
        request.setProperty(CLAIM, new Claimed(caller, key));
        return Optional.empty();
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 500) {
            store.release(claimed.caller(), claimed.key());
            return;
        }
        try {
            String body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
            MediaType type = response.getMediaType();
            store.complete(claimed.caller(), claimed.key(), new IdempotencyStore.StoredResponse(response.getStatus(),
                    type == null ? null : type.toString(), body,
                    response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG)));
        } catch (IOException | RuntimeException e) {
            // Not storable: let the key go rather than block the client's retries for a day.
            store.release(claimed.caller(), claimed.key());
        }
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

    static String hash(String method, String path, byte[] body) {
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
