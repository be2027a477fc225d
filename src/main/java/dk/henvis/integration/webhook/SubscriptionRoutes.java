package dk.henvis.integration.webhook;

import dk.henvis.common.CacheReads;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which active subscriptions want which events, read once and kept for a moment
 * ({@code quarkus.cache.caffeine."webhook-routes".expire-after-write}), because every business
 * change writes an event and subscriptions change rarely. This replica drops the routes when it
 * changes a subscription; another replica sees the change when its copy expires.
 */
@ApplicationScoped
public class SubscriptionRoutes {

    static final String CACHE = "webhook-routes";

    @Inject
    @CacheName(CACHE)
    Cache routes;

    public List<Route> active() {
        return CacheReads.get(routes, CACHE, all -> WebhookSubscription.<WebhookSubscription>list("active", true).stream()
                .map(s -> new Route(s.id, s.types(), s.organisation))
                .toList());
    }

    public void changed() {
        routes.invalidateAll().await().indefinitely();
    }

    /** A subscription's filter: its event types and, when set, the one organisation it follows. */
    public record Route(UUID subscriptionId, Set<String> types, String organisation) {

        public boolean wants(OutboxEvent event) {
            return types.contains(event.type)
                    && (organisation == null || organisation.equals(event.referrerOrganisation));
        }
    }
}
