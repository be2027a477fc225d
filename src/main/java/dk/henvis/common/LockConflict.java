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
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
