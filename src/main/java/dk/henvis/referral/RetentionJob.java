package dk.henvis.referral;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the retention on a schedule; overlapping runs on one instance are skipped, across instances the job lock decides. */
@ApplicationScoped
public class RetentionJob {

    @Inject
    Retention retention;

    @Scheduled(identity = "retention", every = "${henvis.privacy.retention-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void anonymiseExpired() {
        retention.run();
    }
}
