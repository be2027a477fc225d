package dk.henvis.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Optimistic concurrency for changes: the ETag of a referral or group is its {@code @Version}; a
 * change sent with {@code If-Match} must name the current one, else 412 {@code precondition-failed}.
 * Call {@link #require(long)} right after loading the row with its lock, inside the transaction, so
 * the check and the change see the same version. Without an If-Match header there is no check;
 * outside an HTTP request (scheduled jobs, automatic promotion) neither.
 */
@ApplicationScoped
public class IfMatch {

    public static final String HEADER = "If-Match";
    private static final String FORM_VERSION = IfMatch.class.getName() + ".form";

    /** Refuses the change when the request's If-Match names no current version. */
    public void require(long currentVersion) {
        String header = header();
        if (header != null && !matches(header, currentVersion)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since you read it (current ETag \"" + currentVersion
                            + "\"); read it again and retry");
        }
    }

    /**
     * A browser form cannot send headers, so a console form carries the version it was drawn from and hands
     * it over here for this request; it is then checked exactly as an If-Match header naming it would be.
     */
    public void expect(long version) {
        RoutingContext context = current();
        if (context != null) {
            context.put(FORM_VERSION, "\"" + version + "\"");
        }
    }

    /** RFC 9110 If-Match: "*" or a comma-separated list of entity tags; weak tags compare by their opaque value. */
    static boolean matches(String header, long currentVersion) {
        String current = Long.toString(currentVersion);
        for (String raw : header.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String header() {
        RoutingContext context = current();
        if (context == null) {
            return null;
        }
        String header = context.request().getHeader(HEADER);
        return header != null ? header : context.get(FORM_VERSION);
    }

    private static RoutingContext current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            return request.isAvailable() ? request.get().getCurrent() : null;
        }
    }
}
