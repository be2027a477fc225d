package dk.henvis.integration.idempotency;

import dk.henvis.common.Dates;
import dk.henvis.integration.IntegrationConfig;
import dk.henvis.privacy.Vault;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Idempotency keys in the database. A key is claimed with one INSERT whose primary key (caller, key)
 * decides between concurrent requests on any replica; each step runs in its own short transaction,
 * apart from the business transaction of the request.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    IntegrationConfig config;
    @Inject
    Vault vault;

    /** The outcome of trying to claim a key. */
    public sealed interface Claim {
        record Claimed() implements Claim {
        }

        record InProgress() implements Claim {
        }

        record Reused() implements Claim {
        }

        record Replay(StoredResponse response) implements Claim {
        }
    }

    /** The first response as it is replayed: status, media type, JSON body, Location and ETag. */
    public record StoredResponse(int status, String mediaType, String body, String location, String etag) {
    }

    public Claim claim(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Dates.now(clock);
            if (insert(caller, key, requestHash, now) == 1) {
                return new Claim.Claimed();
            }
            List<?> rows = em.createNativeQuery("select request_hash, state, created_at, expires_at, response_status, "
                            + "response_type, response_body, location, etag from idempotency_key "
                            + "where caller = ?1 and idem_key = ?2 for update")
                    .setParameter(1, caller).setParameter(2, key).getResultList();
            if (rows.isEmpty()) {
                // Released or cleaned up between our insert and our read: take it now.
                return insert(caller, key, requestHash, now) == 1 ? new Claim.Claimed() : new Claim.InProgress();
            }
            Object[] row = (Object[]) rows.get(0);
            if (instant(row[3]).isBefore(now)) {
                em.createNativeQuery("delete from idempotency_key where caller = ?1 and idem_key = ?2")
                        .setParameter(1, caller).setParameter(2, key).executeUpdate();
                insert(caller, key, requestHash, now);
                return new Claim.Claimed();
            }
            boolean sameRequest = requestHash.equals(row[0]);
            if ("IN_PROGRESS".equals(row[1])) {
                boolean abandoned = instant(row[2]).plus(config.idempotency().abandonedAfter()).isBefore(now);
                if (!abandoned) {
                    return new Claim.InProgress();
                }
                if (sameRequest) {
                    em.createNativeQuery("update idempotency_key set created_at = ?3 where caller = ?1 and idem_key = ?2")
                            .setParameter(1, caller).setParameter(2, key).setParameter(3, now).executeUpdate();
                    return new Claim.Claimed();
                }
            }
            if (!sameRequest) {
                return new Claim.Reused();
            }
            String body = row[6] == null ? null : vault.decrypt((String) row[6]);
            return new Claim.Replay(new StoredResponse(((Number) row[4]).intValue(), (String) row[5], body,
                    (String) row[7], (String) row[8]));
        });
    }

    /** Stores the first response; the body is encrypted at rest as it may hold personal data. */
    public void complete(String caller, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update idempotency_key set state = 'COMPLETED', "
                        + "response_status = ?3, response_type = ?4, response_body = ?5, location = ?6, etag = ?7 "
                        + "where caller = ?1 and idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key)
                .setParameter(3, response.status()).setParameter(4, response.mediaType())
                .setParameter(5, response.body() == null ? null : vault.encrypt(response.body()))
                .setParameter(6, response.location()).setParameter(7, response.etag())
                .executeUpdate());
    }

    /** Gives the key up (a server error): the client may retry with it. */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from idempotency_key where caller = ?1 and idem_key = ?2 and state = 'IN_PROGRESS'")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
    }

    @Scheduled(every = "${henvis.integration.idempotency.cleanup-every:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanup() {
        int removed = removeExpired();
        if (removed > 0) {
            LOG.debugf("Removed %d expired idempotency keys", removed);
        }
    }

    public int removeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from idempotency_key where expires_at < ?1")
                .setParameter(1, Dates.now(clock)).executeUpdate());
    }

    private int insert(String caller, String key, String requestHash, Instant now) {
        return em.createNativeQuery("insert into idempotency_key (caller, idem_key, request_hash, state, created_at, expires_at) "
                        + "values (?1, ?2, ?3, 'IN_PROGRESS', ?4, ?5) on conflict do nothing")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, now).setParameter(5, now.plus(config.idempotency().keep()))
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        return ((java.time.LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
