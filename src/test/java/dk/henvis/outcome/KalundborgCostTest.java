package dk.henvis.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.common.Dates;
import dk.henvis.session.Courses;
import dk.henvis.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kalundborg's figures (seed 000): Pusterummet 81,000 kr a year for 15 mothers (3 cohorts of 5), Pædagogisk
 * Sandplay 120,000 kr for 24 children (3 runs of 8). Each test moves the clock to its own future year, so
 * the calendar year holds only its participants.
 */
@QuarkusTest
class KalundborgCostTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void pusterummetCosts5400KronerPerParticipantWith15MothersIn3Cohorts() {
        clock.advance(Duration.ofDays(365L * 41));
        for (int cohort = 0; cohort < 3; cohort++) {
            String group = Courses.group("pusterummet", 5);
            for (int mother = 0; mother < 5; mother++) {
                Courses.placed(Courses.pusterummet(Dates.today(clock), Dates.today(clock).plusMonths(3)), group, clock);
            }
        }

        JsonPath report = yearReport("pusterummet");
        assertThat(report.getLong("participants")).isEqualTo(15);
        assertThat(report.getLong("annualBudgetDkk")).isEqualTo(81_000);
        assertThat(new BigDecimal(report.get("budgetForPeriodDkk").toString())).isEqualByComparingTo("81000");
        assertThat(new BigDecimal(report.get("costPerParticipantDkk").toString())).isEqualByComparingTo("5400");
        assertThat(ReportCalls.csv("pusterummet", yearStart(), yearEnd()))
                .containsEntry("participants", "15").containsEntry("costPerParticipantDkk", "5400.00");
    }

    @Test
    void sandplayCosts5000KronerPerParticipantWith24ChildrenIn3Runs() {
        clock.advance(Duration.ofDays(365L * 42));
        for (int run = 0; run < 3; run++) {
            String group = Courses.group("sandplay", 8);
            for (int child = 0; child < 8; child++) {
                Courses.placed(Courses.sandplay(Dates.today(clock)), group, clock);
            }
        }
        Courses.accepted(Courses.sandplay(Dates.today(clock)), clock);

        JsonPath report = yearReport("sandplay");
        assertThat(report.getLong("received")).isEqualTo(25);
        assertThat(report.getLong("participants")).isEqualTo(24);
        assertThat(new BigDecimal(report.get("costPerParticipantDkk").toString())).isEqualByComparingTo("5000");
    }

    private JsonPath yearReport(String programme) {
        return ReportCalls.json(programme, yearStart(), yearEnd());
    }

    private LocalDate yearStart() {
        return Dates.today(clock).withDayOfYear(1);
    }

    private LocalDate yearEnd() {
        return yearStart().plusYears(1).minusDays(1);
    }
}
