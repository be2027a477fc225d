package dk.henvis.places;

import dk.henvis.common.LockConflict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Finishes a promotion that had to leave places free because, at that moment, every waiting referral was
 * locked by another change, typically coordinators placing them by hand elsewhere, which may yet fail and
 * leave them waiting. Promotion never waits for such a lock while it holds the group's (that would risk
 * deadlocks), so once its transaction has committed it is tried again in a transaction of its own, with a
 * growing pause, until the group is full, the list is empty or the attempts run out.
 */
@ApplicationScoped
public class PromotionRetries {

    private static final Logger LOG = Logger.getLogger(PromotionRetries.class);

    @Inject
    AutoPromotion promotion;
    @Inject
    Places places;
    @Inject
    PlacementConfig config;

    private ManagedExecutor executor;

    @PostConstruct
    void start() {
        executor = ManagedExecutor.builder().maxAsync(2).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void onContended(@Observes(during = TransactionPhase.AFTER_SUCCESS) PromotionContended contended) {
        schedule(contended.groupId(), 1);
    }

    private void schedule(UUID groupId, int attempt) {
        long pause = config.promotionRetryPause().toMillis() * attempt;
        CompletableFuture.runAsync(() -> retry(groupId, attempt),
                CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS, executor));
    }

    private void retry(UUID groupId, int attempt) {
        boolean stillContended;
        try {
            stillContended = QuarkusTransaction.requiringNew().call(() -> {
                places.lockInOrder(groupId);
                return promotion.promoteInto(groupId);
            });
        } catch (RuntimeException e) {
            if (!LockConflict.in(e)) {
                LOG.errorf(e, "Promotion into group %s failed", groupId);
                return;
            }
            stillContended = true;
        }
        if (!stillContended) {
            return;
        }
        if (attempt < config.promotionRetries()) {
            schedule(groupId, attempt + 1);
        } else {
            LOG.warnf("Group %s keeps free places while its waiting list stays locked; gave up after %d attempts",
                    groupId, attempt);
        }
    }
}
