package dk.henvis.integration.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One event to one subscriber: PENDING until the receiver answers 2xx, FAILED when it never did within the retry window. */
@Entity
public class WebhookDelivery extends PanacheEntityBase {

    public enum State { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;
    public UUID eventId;
    public UUID subscriptionId;
    @Enumerated(EnumType.STRING)
    public State state;
    public int attempts;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public Instant lastAttemptAt;
    public Integer lastStatusCode;
    public String lastError;
    public Instant deliveredAt;

    public void delivered(Instant at, int statusCode) {
        attempts++;
        lastAttemptAt = at;
        lastStatusCode = statusCode;
        lastError = null;
        state = State.DELIVERED;
        deliveredAt = at;
    }

    /** Exponential backoff (base, 2×base, 4×base … capped) until the give-up window since the event has passed. */
    public void failed(Instant at, Integer statusCode, String error, Duration base, Duration maxDelay, Duration giveUpAfter) {
        attempts++;
        lastAttemptAt = at;
        lastStatusCode = statusCode;
        lastError = error;
        Instant deadline = createdAt.plus(giveUpAfter);
        if (!at.isBefore(deadline)) {
            state = State.FAILED;
            return;
        }
        Duration delay = base.multipliedBy(1L << Math.min(attempts - 1, 30));
        if (delay.compareTo(maxDelay) > 0 || delay.isNegative()) {
            delay = maxDelay;
        }
        Instant next = at.plus(delay);
        nextAttemptAt = next.isAfter(deadline) ? deadline : next;
    }
}
