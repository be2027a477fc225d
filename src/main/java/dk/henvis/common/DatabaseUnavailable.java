package dk.henvis.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Whether a failure is the database being out of reach (refused, cut off, shutting down, or no
 * connection to be had from the pool in time), and the one WARN line each outage gets. Such a request
 * changed nothing and may well succeed a little later, so it is a 503, not an incident.
 */
public final class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
    private static final AtomicBoolean OUTAGE = new AtomicBoolean();

    private DatabaseUnavailable() {
    }

    public static boolean in(Throwable e) {
        return Causes.any(e, cause -> cause instanceof SQLTransientConnectionException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof SQLException sql && connectionLost(sql)
                || cause instanceof java.net.ConnectException);
    }

    /**
     * SQL state class 08 is a connection failure, 57P01-57P03 the server shutting down or starting up;
     * Agroal reports an empty pool that cannot open a connection as an acquisition timeout without a state.
     */
    private static boolean connectionLost(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P");
        }
        return sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
    }

    /** Notes a request that could not reach the database: the first of an outage is logged, with its cause. */
    public static void noticed(Throwable e, String where) {
        if (OUTAGE.compareAndSet(false, true)) {
            LOG.warnf("Database unreachable (first seen during %s): %s; answering 503 until it is back", where, cause(e));
        }
    }

    /** A new connection was opened: the outage, if there was one, is over. */
    public static void reachable() {
        if (OUTAGE.compareAndSet(true, false)) {
            LOG.info("Database reachable again");
        }
    }

    /** The innermost SQL failure's class and state: connection errors quote no values. */
    private static String cause(Throwable e) {
        String found = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = t.getClass().getSimpleName() + " (SQL state " + sql.getSQLState() + ")";
            } else if (t instanceof java.net.ConnectException) {
                found = t.getClass().getSimpleName();
            }
        }
        return found;
    }
}
