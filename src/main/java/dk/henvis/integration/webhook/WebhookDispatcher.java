package dk.henvis.integration.webhook;

import dk.henvis.common.Ids;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import dk.henvis.common.Jobs;
import dk.henvis.common.Dates;
import dk.henvis.integration.IntegrationConfig;
import dk.henvis.privacy.Vault;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, at least once. A replica claims a few with {@code FOR UPDATE SKIP LOCKED}
 * and pushes each claimed delivery's next attempt one lease ahead, then sends outside any
 * transaction; another replica skips locked and leased rows, so an event normally goes out once.
 * A claim holds only as many deliveries as can be sent within the lease even when every receiver
 * times out, so a short lease never runs out under a live replica; a replica that dies mid-send
 * leaves its few deliveries to another within one lease. Once shutdown has begun nothing more is claimed.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    IntegrationConfig config;
    @Inject
    Vault vault;
    @Inject
    Jobs jobs;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Scheduled(every = "${henvis.integration.webhooks.dispatch-every:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    CompletionStage<Void> scheduled() {
        return jobs.run("webhook-dispatch", this::dispatchDue);
    }

    /** Sends what is due now, up to one batch; answers how many deliveries were attempted. */
    public int dispatchDue() {
        int perClaim = perClaim();
        int attempted = 0;
        while (attempted < config.webhooks().batchSize() && !jobs.stopping()) {
            List<UUID> claimed = claim(Math.min(perClaim, config.webhooks().batchSize() - attempted));
            for (UUID id : claimed) {
                send(id);
            }
            attempted += claimed.size();
            if (claimed.size() < perClaim) {
                break;
            }
        }
        return attempted;
    }

    /** How many deliveries can be sent one after another within a lease if each takes its longest. */
    int perClaim() {
        long longest = CONNECT_TIMEOUT.plus(config.webhooks().timeout()).toMillis();
        return (int) Math.max(1, config.webhooks().lease().toMillis() / longest);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    CompletionStage<Void> cleanup() {
        return jobs.run("webhook-cleanup", this::removeDelivered);
    }

    private void removeDelivered() {
        Instant before = Dates.now(clock).minus(config.webhooks().keepDelivered());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from webhook_delivery where state = 'DELIVERED' and delivered_at < ?1")
                    .setParameter(1, before).executeUpdate();
            em.createNativeQuery("delete from outbox_event e where e.occurred_at < ?1 and not exists "
                    + "(select 1 from webhook_delivery d where d.event_id = e.id)").setParameter(1, before).executeUpdate();
        });
    }

    /** Claims up to {@code count} due deliveries for this replica for one lease; answers their ids. */
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Dates.now(clock);
            List<Object> rows = em.createNativeQuery("select id from webhook_delivery where state = 'PENDING' "
                            + "and next_attempt_at <= ?1 order by next_attempt_at limit ?2 " + lockClause())
                    .setParameter(1, now).setParameter(2, count).getResultList();
            List<UUID> ids = rows.stream().map(Ids::fromColumn).toList();
            if (!ids.isEmpty()) {
                em.createNativeQuery("update webhook_delivery set next_attempt_at = ?1 where id in (?2)")
                        .setParameter(1, now.plus(config.webhooks().lease())).setParameter(2, ids).executeUpdate();
            }
            return ids;
        });
    }

    /** PostgreSQL skips rows another replica holds; H2 (one process, the embedded default) just locks them. */
    private String lockClause() {
        return "postgresql".equals(dbKind) ? "for update skip locked" : "for update";
    }

    private void send(UUID deliveryId) {
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
            OutboxEvent event = OutboxEvent.findById(delivery.eventId);
            WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
            return new Attempt(event.id, event.type, event.payload, subscription.url,
                    vault.decrypt(subscription.secretEncrypted), subscription.active);
        });
        Integer status = null;
        String error = null;
        if (!attempt.active()) {
            error = "subscription deleted";
        } else {
            try {
                status = post(attempt);
                if (status < 200 || status > 299) {
                    error = "receiver answered HTTP " + status;
                }
            } catch (HttpTimeoutException e) {
                error = "receiver did not answer in time";
            } catch (IOException e) {
                error = "receiver could not be reached";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (RuntimeException e) {
                error = "request failed";
            }
        }
        record(deliveryId, status, error);
    }

    private int post(Attempt attempt) throws IOException, InterruptedException {
        long timestamp = Dates.now(clock).getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                .timeout(config.webhooks().timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "henvis-webhooks/1")
                .header(WebhookSigner.EVENT_ID, attempt.eventId().toString())
                .header(WebhookSigner.EVENT_TYPE, attempt.type())
                .header(WebhookSigner.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE, WebhookSigner.sign(attempt.secret(), timestamp, attempt.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void record(UUID deliveryId, Integer status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
            Instant now = Dates.now(clock);
            if (error == null) {
                delivery.delivered(now, status);
            } else {
                IntegrationConfig.Webhooks w = config.webhooks();
                delivery.failed(now, status, error, w.retryBase(), w.maxDelay(), w.giveUpAfter());
                if (delivery.state == WebhookDelivery.State.FAILED) {
                    LOG.warnf("Webhook delivery %s failed for good after %d attempts: %s", delivery.id, delivery.attempts, error);
                }
            }
        });
    }

    private record Attempt(UUID eventId, String type, String payload, String url, String secret, boolean active) {
    }
}
