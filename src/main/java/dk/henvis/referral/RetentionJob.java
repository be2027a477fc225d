package dk.henvis.referral;

import java.util.concurrent.CompletionStage;
import dk.henvis.common.Jobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the retention on a schedule; overlapping runs on one instance are skipped, across instances the job lock decides. */
@ApplicationScoped
public class RetentionJob {

    @Inject
    Retention retention;
    @Inject
    Jobs jobs;

    @Scheduled(identity = "retention", every = "${henvis.privacy.retention-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    CompletionStage<Void> anonymiseExpired() {
        return jobs.run("retention", retention::run);
    }
}
