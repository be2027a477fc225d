package dk.henvis.common;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure is the database giving up on a lock: a deadlock victim, a lock or serialization
 * timeout. The transaction changed nothing, and the same request may well succeed when tried again.
 */
public final class LockConflict {

    /** PostgreSQL: deadlock, serialization failure, lock not available. H2: deadlock, lock timeout. */
    private static final Set<String> SQL_STATES = Set.of("40P01", "40001", "55P03", "HYT00");

    private LockConflict() {
    }

    public static boolean in(Throwable e) {
        return Causes.any(e, cause -> cause instanceof SQLException sql && sql.getSQLState() != null
                        && SQL_STATES.contains(sql.getSQLState())
                || cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException
                || cause instanceof org.hibernate.PessimisticLockException);
    }
}
