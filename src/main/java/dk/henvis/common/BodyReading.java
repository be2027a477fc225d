package dk.henvis.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Reads a request's body in full on the event loop, within {@code henvis.http.body-read-timeout},
 * before the request reaches a worker thread: a client that trickles its body holds a timer, never a
 * worker (which health checks, the other requests and nothing else share). Quarkus REST then reads the
 * buffered body instead of blocking on the socket. A body that is too slow gets a 408 problem and the
 * connection is closed.
 */
@ApplicationScoped
public class BodyReading {

    private static final Logger LOG = Logger.getLogger(BodyReading.class);
    /** After the body size check (1000), before the security and REST handlers. */
    private static final int START = 990;
    private static final int END = 989;
    private static final String TIMER = BodyReading.class.getName() + ".timer";
    private static final String SIGN_IN = "/j_security_check";
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    void register(@Observes Filters filters, HenvisConfig config) {
        long timeout = config.http().bodyReadTimeout().toMillis();
        // No limit here: quarkus.http.limits.max-body-size is enforced by the server and by BodySizeLimit.
        BodyHandler buffer = BodyHandler.create(false).setBodyLimit(-1).setDeleteUploadedFilesOnEnd(true);
        filters.register(rc -> {
            // The form sign-in reads its own small body on the event loop; buffering it first would leave it nothing.
            if (!WITH_BODY.contains(rc.request().method()) || !announcesBody(rc) || SIGN_IN.equals(rc.request().path())) {
                rc.next();
                return;
            }
            rc.put(TIMER, rc.vertx().setTimer(timeout, id -> tooSlow(rc)));
            buffer.handle(rc);
        }, START);
        filters.register(rc -> {
            Long timer = rc.get(TIMER);
            if (timer != null) {
                rc.vertx().cancelTimer(timer);
                if (rc.response().ended() || rc.response().closed()) {
                    return; // answered 408 already
                }
            }
            rc.next();
        }, END);
    }

    /**
     * HTTP/1.1: a body is announced by Transfer-Encoding or a non-zero Content-Length. A request without
     * one goes on as it is: Quarkus REST reads "no body" from the request itself, and a buffered empty body
     * would be left unset by the body handler.
     */
    private static boolean announcesBody(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || length != null && !length.trim().equals("0");
    }

    /** A client that closed its connection mid-body is nobody's incident: no one hears an answer. */
    void clientGone(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.failure() != null && ProblemMapper.clientWentAway(rc.failure())) {
                LOG.debugf("Client closed the connection during %s", rc.request().path());
                if (!rc.response().ended() && !rc.response().closed()) {
                    rc.response().setStatusCode(400).end();
                }
                return;
            }
            rc.next();
        });
    }

    private static void tooSlow(RoutingContext rc) {
        if (rc.response().ended() || rc.response().closed()) {
            LOG.debugf("Client went away while sending its body to %s", rc.request().path());
            return;
        }
        LOG.debugf("Request body to %s did not arrive in time, answered 408", rc.request().path());
        String body = Json.encode(Problem.of(ProblemType.REQUEST_TIMEOUT,
                "The request body did not arrive in time; send it again", rc.request().path(), List.of()));
        rc.response().setStatusCode(408)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                .onComplete(done -> rc.request().connection().close());
    }
}
