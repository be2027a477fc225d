package dk.henvis.referral;

import dk.henvis.common.Dates;
import dk.henvis.common.HenvisConfig;
import dk.henvis.common.JobLock;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Anonymises the personal fields of referrals closed longer than henvis.retention.period. Work goes in
 * batches, each its own transaction, so an interrupted run keeps what it did and the next run goes on.
 */
@ApplicationScoped
public class Retention {

    static final String JOB = "retention";
    static final String ENDPOINT = "retention job";
    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    HenvisConfig config;
    @Inject
    RetentionConfig privacy;
    @Inject
    JobLock lock;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    Retention self;

    /** Runs once if no other instance is running it; returns how many referrals were anonymised (-1: not run). */
    public int run() {
        if (!lock.tryAcquire(JOB, privacy.retentionLockLease())) {
            LOG.debug("Retention job is running on another instance; skipped");
            return -1;
        }
        try {
            Instant cutoff = Dates.now(clock).minus(config.retention().period());
            int total = 0;
            int batch;
            do {
                batch = self.anonymiseBatch(cutoff, privacy.retentionBatchSize());
                total += batch;
            } while (batch == privacy.retentionBatchSize() && !Thread.currentThread().isInterrupted());
            if (total > 0) {
                LOG.infof("Retention job anonymised %d referrals closed before %s", total, cutoff);
            }
            return total;
        } finally {
            lock.release(JOB);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int anonymiseBatch(Instant cutoff, int size) {
        List<Referral> due = Referral.find("closedAt < ?1 and anonymisedAt is null order by closedAt, id", cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, size)
                .list();
        Instant now = Dates.now(clock);
        for (Referral referral : due) {
            referral.anonymise(now);
            audit.record(Actor.SYSTEM, AuditAction.ERASE, referral.id, ENDPOINT);
        }
        return due.size();
    }
}
