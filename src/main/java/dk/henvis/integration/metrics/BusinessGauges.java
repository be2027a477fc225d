package dk.henvis.integration.metrics;

import java.util.concurrent.CompletionStage;
import dk.henvis.common.Jobs;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Business gauges for Prometheus, refreshed from the database on a schedule (a scrape never runs SQL):
 * waiting-list length and free places per programme, referrals per programme and status. Programme
 * code and status are the only labels; nothing about a person is ever one.
 */
@ApplicationScoped
public class BusinessGauges {

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    Jobs jobs;

    private MultiGauge waiting;
    private MultiGauge freePlaces;
    private MultiGauge referrals;

    void register(@Observes StartupEvent start) {
        waiting = MultiGauge.builder("henvis.waiting.list.length")
                .description("Referrals on the waiting list, per programme").register(registry);
        freePlaces = MultiGauge.builder("henvis.free.places")
                .description("Free places in open groups, per programme").register(registry);
        referrals = MultiGauge.builder("henvis.referrals")
                .description("Referrals per programme and status").register(registry);
    }

    // First run a few seconds after start (not on the start itself, which a slow database would hold up),
    // so every replica publishes its gauges well within one refresh period.
    @Scheduled(every = "${henvis.integration.metrics.refresh-every:30s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    CompletionStage<Void> scheduledRefresh() {
        return jobs.run("business-gauges", this::refresh);
    }

    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Object[]> programmes = rows("select code, 0 from programme");
            waiting.register(programmes.stream().map(p -> MultiGauge.Row.of(Tags.of("programme", (String) p[0]),
                    count("select count(*) from referral where programme_code = ?1 and status = 'WAITLISTED'", p[0])))
                    .toList(), true);
            freePlaces.register(rows("select p.code, coalesce(sum(g.capacity - g.occupied_places), 0) from programme p "
                    + "left join programme_group g on g.programme_code = p.code and g.status = 'OPEN' group by p.code")
                    .stream().map(r -> MultiGauge.Row.of(Tags.of("programme", (String) r[0]), ((Number) r[1]).doubleValue()))
                    .toList(), true);
            referrals.register(rows("select programme_code, status, count(*) from referral group by programme_code, status")
                    .stream().map(r -> MultiGauge.Row.of(Tags.of("programme", (String) r[0], "status", (String) r[1]),
                            ((Number) r[2]).doubleValue()))
                    .toList(), true);
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private double count(String sql, Object programme) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, programme).getSingleResult()).doubleValue();
    }
}
