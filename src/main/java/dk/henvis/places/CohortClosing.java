package dk.henvis.places;

import java.util.concurrent.CompletionStage;
import dk.henvis.common.Jobs;
import dk.henvis.common.Dates;
import dk.henvis.programme.ProgrammeFormat;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Sets cohort groups CLOSED once their start date has come. Placement does not depend on it
 * ({@link GroupAdmission} refuses a started cohort anyway); the job makes the stored status say so too.
 * One idempotent UPDATE, so several instances running it at once do no harm.
 */
@ApplicationScoped
public class CohortClosing {

    private static final Logger LOG = Logger.getLogger(CohortClosing.class);

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Jobs jobs;

    @Scheduled(cron = "{henvis.placement.cohort-closing-cron}", timeZone = "Europe/Copenhagen",
            identity = "cohort-closing", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    CompletionStage<Void> nightly() {
        return jobs.run("cohort-closing", () -> {
            int closed = closeStartedCohorts();
            if (closed > 0) {
                LOG.infof("Closed %d cohort group(s) that have started", closed);
            }
        });
    }

    @Transactional
    public int closeStartedCohorts() {
        return em.createNativeQuery("update programme_group set status = 'CLOSED', version = version + 1 "
                        + "where status = 'OPEN' and start_date <= :today and programme_code in "
                        + "(select code from programme where format = :cohort)")
                .setParameter("today", Dates.today(clock))
                .setParameter("cohort", ProgrammeFormat.GROUP_COHORT.name())
                .executeUpdate();
    }
}
