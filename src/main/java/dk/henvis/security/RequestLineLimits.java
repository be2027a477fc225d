package dk.henvis.security;

import dk.henvis.common.Problem;
import dk.henvis.common.ProblemMapper;
import dk.henvis.common.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * An address over 4 KB is a 414 and headers over 16 KB a 431, each with a problem body; Vert.x alone answers
 * both without a body. Its own hard limits (quarkus.http.limits.max-initial-line-length, max-header-size) are
 * set four times higher, so that these checks see such a request first. An address Netty lets through but that
 * is no URI (a broken %-escape, say) is a 400 problem here. Characters Netty itself refuses in the request line
 * (an unencoded "{") still get its body-less 400: Quarkus gives no hook to Vert.x's invalid-request handler.
 */
@ApplicationScoped
public class RequestLineLimits {

    static final int MAX_URI_LENGTH = 4 * 1024;
    static final int MAX_HEADERS_SIZE = 16 * 1024;
    /** Before {@link BodySizeLimit}, the security and REST handlers. */
    private static final int PRIORITY = 1100;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            if (request.uri().length() > MAX_URI_LENGTH) {
                end(rc, ProblemType.URI_TOO_LONG, "The address is longer than the " + MAX_URI_LENGTH + " characters allowed");
                return;
            }
            if (!readable(request.uri())) {
                end(rc, ProblemType.VALIDATION_FAILED, "The address holds characters an address may not hold unencoded");
                return;
            }
            if (headersSize(request) > MAX_HEADERS_SIZE) {
                end(rc, ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than the " + MAX_HEADERS_SIZE
                        + " bytes allowed");
                return;
            }
            rc.next();
        }, PRIORITY);
    }

    /** As the REST layer reads it (RFC 3986); it would answer an address it cannot read with a body-less 400. */
    static boolean readable(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** As HTTP/1.1 counts them: each "name: value" line with its CRLF. */
    static long headersSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    /** The address is left out when it is itself the fault, or cannot be read. */
    private static void end(RoutingContext rc, ProblemType type, String detail) {
        if (rc.response().ended()) {
            return;
        }
        String instance = type == ProblemType.URI_TOO_LONG || type == ProblemType.VALIDATION_FAILED ? null : rc.request().path();
        rc.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(Problem.of(type, detail, instance, List.of())));
    }
}
