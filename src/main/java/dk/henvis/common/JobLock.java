package dk.henvis.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A lease on a named job in the shared database, so that one instance at a time runs it. Taking it is one
 * conditional update (works the same on H2 and PostgreSQL); a crashed holder's lease simply runs out.
 */
@ApplicationScoped
public class JobLock {

    /** Identifies this instance as the holder. */
    private final String instance = "instance-" + UUID.randomUUID();

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String job, Duration lease) {
        Instant now = Dates.now(clock);
        int taken = em.createNativeQuery("update job_lock set locked_by = ?1, locked_until = ?2 "
                        + "where name = ?3 and (locked_until is null or locked_until < ?4 or locked_by = ?1)")
                .setParameter(1, instance)
                .setParameter(2, now.plus(lease))
                .setParameter(3, job)
                .setParameter(4, now)
                .executeUpdate();
        return taken == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job) {
        em.createNativeQuery("update job_lock set locked_by = null, locked_until = null where name = ?1 and locked_by = ?2")
                .setParameter(1, job)
                .setParameter(2, instance)
                .executeUpdate();
    }
}
