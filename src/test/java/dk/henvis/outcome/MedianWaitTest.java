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
 * The median days from received to placed, on a programme of its own: an even count takes the mean of the middle
 * two, and only the referrals received in the period count, while the place-days of an earlier referral placed
 * within the period do.
 */
@QuarkusTest
class MedianWaitTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwoAndAReferralReceivedBeforeThePeriodIsLeftOut() {
        String code = Courses.ownProgramme("ventetid", "Ventetid", Map.of());
        clock.advance(Duration.ofDays(365L * 44));
        String group = Courses.group(code, 5);
        String earlier = Courses.accepted(child(code), clock);
        clock.advance(Duration.ofDays(10));
        LocalDate from = Dates.today(clock);
        String oneDay = Courses.accepted(child(code), clock);
        String fourDays = Courses.accepted(child(code), clock);
        String sixDays = Courses.accepted(child(code), clock);
        String tenDays = Courses.accepted(child(code), clock);

        clock.advance(Duration.ofDays(1));
        Courses.place(oneDay, group);
        clock.advance(Duration.ofDays(3));
        Courses.place(fourDays, group);
        Courses.place(earlier, group);
        clock.advance(Duration.ofDays(2));
        Courses.place(sixDays, group);
        clock.advance(Duration.ofDays(4));
        Courses.place(tenDays, group);

        JsonPath report = ReportCalls.json(code, from, from.plusDays(30));
        assertThat(report.getLong("received")).isEqualTo(4);
        assertThat(report.getLong("placed")).isEqualTo(4);
        assertThat(decimal(report, "medianDaysReceivedToPlaced")).isEqualByComparingTo("5.0");
        // 9 + 6 + 4 + 0 days of the four in the cohort, and the earlier referral's 6 days since its placement.
        assertThat(decimal(report, "occupiedPlaceDays")).isEqualByComparingTo("25.0");
    }

    private Map<String, Object> child(String code) {
        return Courses.child(code, "SCHOOL", "Nordskolen", 9, Dates.today(clock));
    }

    private static BigDecimal decimal(JsonPath report, String field) {
        return new BigDecimal(report.getString(field));
    }
}
