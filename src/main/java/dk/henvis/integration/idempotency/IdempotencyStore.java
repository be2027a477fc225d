package dk.henvis.integration.idempotency;

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
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Idempotency keys in the database. A key is claimed with one INSERT whose primary key (caller, key)
 * decides between concurrent requests on any replica. The claim opens the request's transaction, the
 * business change joins it, and the first answer is written into it before it commits: a crash leaves
 * either the change with its answer or neither, and a key is never held by a request that is gone. A
 * second request with the same key waits in its INSERT for the first one's transaction to end (at most
 * the database's lock timeout, then 409 request-in-progress); a refusal (4xx) changes nothing and is
 * remembered after the rollback.
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
    @Inject
    Jobs jobs;
    @Inject
    TransactionManager transactions;

    /** The outcome of trying to claim a key. */
    public sealed interface Claim {
        /** The key is this request's; its transaction is open on this thread until {@link #complete} or {@link #abandon}. */
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

    /**
     * Begins the request's transaction and claims the key in it. Only a {@link Claim.Claimed} leaves the
     * transaction open; every other outcome, and a failure, ends it.
     */
    public Claim claim(String caller, String key, String requestHash) {
        discardLeftover();
        QuarkusTransaction.begin();
        try {
            Claim claim = claimInTransaction(caller, key, requestHash);
            if (!(claim instanceof Claim.Claimed)) {
                QuarkusTransaction.rollback();
            }
            return claim;
        } catch (RuntimeException e) {
            abandon();
            throw e;
        }
    }

    private Claim claimInTransaction(String caller, String key, String requestHash) {
        Instant now = Dates.now(clock);
        if (insert(caller, key, requestHash, now) == 1) {
            return new Claim.Claimed();
        }
        List<?> rows = em.createNativeQuery("select request_hash, state, created_at, expires_at, response_status, "
                        + "response_type, response_body, location, etag from idempotency_key "
                        + "where caller = ?1 and idem_key = ?2 for update")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            // Cleaned up between our insert and our read: take it now.
            return insert(caller, key, requestHash, now) == 1 ? new Claim.Claimed() : new Claim.InProgress();
        }
        Object[] row = (Object[]) rows.get(0);
        if (instant(row[3]).isBefore(now)) {
            delete(caller, key);
            insert(caller, key, requestHash, now);
            return new Claim.Claimed();
        }
        boolean sameRequest = requestHash.equals(row[0]);
        if ("IN_PROGRESS".equals(row[1])) {
            // Committed in progress only where the claim had a transaction of its own (a replica not yet
            // upgraded): that request may still run.
            boolean abandoned = instant(row[2]).plus(config.idempotency().abandonedAfter()).isBefore(now);
            if (!abandoned) {
                return new Claim.InProgress();
            }
            if (sameRequest) {
                delete(caller, key);
                insert(caller, key, requestHash, now);
                return new Claim.Claimed();
            }
        }
        if (!sameRequest) {
            return new Claim.Reused();
        }
        String body = row[6] == null ? null : vault.decrypt((String) row[6]);
        return new Claim.Replay(new StoredResponse(((Number) row[4]).intValue(), (String) row[5], body,
                (String) row[7], (String) row[8]));
    }

    /**
     * Stores the first response in the claim's transaction and commits it, with the change it guards.
     * The body is encrypted at rest as it may hold personal data. A failure rolls both back.
     */
    public void complete(String caller, String key, StoredResponse response) {
        try {
            em.createNativeQuery("update idempotency_key set state = 'COMPLETED', "
                            + "response_status = ?3, response_type = ?4, response_body = ?5, location = ?6, etag = ?7 "
                            + "where caller = ?1 and idem_key = ?2")
                    .setParameter(1, caller).setParameter(2, key)
                    .setParameter(3, response.status()).setParameter(4, response.mediaType())
                    .setParameter(5, response.body() == null ? null : vault.encrypt(response.body()))
                    .setParameter(6, response.location()).setParameter(7, response.etag())
                    .executeUpdate();
            QuarkusTransaction.commit();
        } catch (RuntimeException e) {
            abandon();
            throw e;
        }
    }

    /**
     * A refused request (4xx): its transaction is rolled back, so it changed nothing, and its answer is
     * then remembered for the key on its own; should another request have taken the key meanwhile, that
     * one's answer stands.
     */
    public void refused(String caller, String key, String requestHash, StoredResponse response) {
        abandon();
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Dates.now(clock);
            em.createNativeQuery("insert into idempotency_key (caller, idem_key, request_hash, state, created_at, "
                            + "expires_at, response_status, response_type, response_body, location, etag) "
                            + "values (?1, ?2, ?3, 'COMPLETED', ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict do nothing")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                    .setParameter(4, now).setParameter(5, now.plus(config.idempotency().keep()))
                    .setParameter(6, response.status()).setParameter(7, response.mediaType())
                    .setParameter(8, response.body() == null ? null : vault.encrypt(response.body()))
                    .setParameter(9, response.location()).setParameter(10, response.etag())
                    .executeUpdate();
        });
    }

    /** Rolls the claim's transaction back, with whatever the request changed: the key is free again. */
    public void abandon() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.debugf("Rolling back an idempotent request's transaction failed: %s", e.getClass().getSimpleName());
        }
    }

    /** A worker thread must never carry a transaction from one request into the next. */
    private void discardLeftover() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                LOG.warn("A transaction was left open on a worker thread; rolled back");
                transactions.rollback();
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    // The first sweep waits a minute so that it does not compete with the start for the CPU.
    @Scheduled(every = "${henvis.integration.idempotency.cleanup-every:15m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    CompletionStage<Void> cleanup() {
        return jobs.run("idempotency-cleanup", () -> {
            int removed = removeExpired();
            if (removed > 0) {
                LOG.debugf("Removed %d expired idempotency keys", removed);
            }
        });
    }

    public int removeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from idempotency_key where expires_at < ?1")
                .setParameter(1, Dates.now(clock)).executeUpdate());
    }

    private void delete(String caller, String key) {
        em.createNativeQuery("delete from idempotency_key where caller = ?1 and idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).executeUpdate();
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
