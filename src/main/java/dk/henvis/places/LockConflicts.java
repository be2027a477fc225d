package dk.henvis.places;

import dk.henvis.common.LockConflict;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a whole transaction again when the database gave it up because of a lock conflict (a deadlock
 * victim, a lock or serialization timeout). The lock order makes such conflicts rare; when one happens
 * the client gets the result of a clean retry, or after a few a 409 problem, never a 500.
 * Call it outside the transaction: each attempt must be a transaction of its own.
 */
@ApplicationScoped
public class LockConflicts {

    private static final Logger LOG = Logger.getLogger(LockConflicts.class);

    @Inject
    PlacementConfig config;

    public <T> T retry(Supplier<T> transaction) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!LockConflict.in(e)) {
                    throw e;
                }
                if (attempt >= config.lockRetries()) {
                    LOG.warnf("Lock conflict persisted after %d retries", attempt);
                    throw new ProblemException(ProblemType.REQUEST_IN_PROGRESS,
                            "Another change to the same group or referral is in progress; try again");
                }
                LOG.debugf("Lock conflict, retry %d", attempt + 1);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * (attempt + 1)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
