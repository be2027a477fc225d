package dk.henvis.security;

import dk.henvis.common.Problem;
import dk.henvis.common.ProblemMapper;
import dk.henvis.common.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request that announces a body over quarkus.http.limits.max-body-size gets a 413 problem
 * before anything reads it (Vert.x alone would answer 413 without a body, or cut the connection).
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before the security and REST handlers. */
    private static final int PRIORITY = 1000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        long limit = maxBodySize.asLongValue();
        filters.register(rc -> {
            String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared, limit)) {
                String body = Json.encode(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the " + limit + " bytes allowed", rc.request().path(), List.of()));
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            rc.next();
        }, PRIORITY);
    }

    static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
