package dk.henvis.integration.webhook;

import java.time.Instant;
import java.util.UUID;

public record DeliveryView(UUID id, UUID eventId, String eventType, WebhookDelivery.State state, int attempts,
                           Instant createdAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
                           Instant nextAttemptAt, Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d, String eventType) {
        return new DeliveryView(d.id, d.eventId, eventType, d.state, d.attempts, d.createdAt, d.lastAttemptAt,
                d.lastStatusCode, d.lastError, d.state == WebhookDelivery.State.PENDING ? d.nextAttemptAt : null,
                d.deliveredAt);
    }
}
