package dk.henvis.integration.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as shown; {@code secret} is present only in the answer to its creation. */
public record SubscriptionView(UUID id, String url, List<String> events, String organisation, boolean active,
                               Instant createdAt, String secret) {

    static SubscriptionView of(WebhookSubscription s, String secret) {
        return new SubscriptionView(s.id, s.url, s.types().stream().sorted().toList(), s.organisation, s.active,
                s.createdAt, secret);
    }
}
