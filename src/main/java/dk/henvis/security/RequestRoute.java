package dk.henvis.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The route of the request being served, as method and template ("POST /api/v1/referrals/{id}/accept"),
 * never a concrete URL with values. {@link AccessFilter} names it from the matched resource method; a caller
 * that serves its own pages (e.g. a browser console) may name its own with {@link #name}. The audit trail
 * records it. It travels on the HTTP request itself, so it is there on whichever thread serves the request.
 */
public final class RequestRoute {

    static final String KEY = "henvis.route";

    private RequestRoute() {
    }

    /** Names the route of the current request; the last name given wins. Outside a request it does nothing. */
    public static void name(String methodAndTemplate) {
        context().ifPresent(context -> name(context, methodAndTemplate));
    }

    static void name(RoutingContext context, String methodAndTemplate) {
        context.put(KEY, methodAndTemplate);
    }

    /** The current request's route; empty outside a request (jobs, automatic promotion) or before one is named. */
    public static Optional<String> current() {
        return context().map(context -> context.get(KEY));
    }

    private static Optional<RoutingContext> context() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            return Optional.ofNullable(request.isAvailable() ? request.get().getCurrent() : null);
        }
    }
}
