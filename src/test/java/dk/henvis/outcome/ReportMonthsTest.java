package dk.henvis.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.common.Dates;
import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report month by month, on a programme of its own, 47 years ahead so that only this test's referrals count. */
@QuarkusTest
class ReportMonthsTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachMonthCountsItsOwnReferralsFirstContactsScoresAndPlaceDaysAndTheMonthsAddUpToTheReport() {
        String code = ownProgramme();
        clock.advance(Duration.ofDays(365L * 47));
        LocalDate day0 = Dates.today(clock);
        String group = Courses.group(code, 2);
        String a = Courses.placed(child(code), group, clock);
        String b = Courses.accepted(child(code), clock);
        Courses.firstContact(a, clock.instant());
        Courses.measure(a, "START", 3, Dates.today(clock)).statusCode(201);

        clock.advance(Duration.ofDays(35));
        LocalDate day35 = Dates.today(clock);
        Courses.accepted(child(code), clock);
        Courses.sessions(a, Dates.today(clock), 1);
        Courses.measure(a, "END", 5, Dates.today(clock)).statusCode(201);
        Courses.complete(a, "GOAL_REACHED").statusCode(200);

        clock.advance(Duration.ofDays(10));
        Courses.firstContact(b, clock.instant());

        LocalDate from = day0.minusDays(3);
        LocalDate to = day0.plusDays(70);
        JsonPath months = months(code, from, to);
        List<Map<String, Object>> list = months.getList("months");
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        assertThat(list).hasSize((int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1));
        assertThat(months.getString("months[0].month")).isEqualTo(first.toString());
        assertThat(months.getString("from")).isEqualTo(from.toString());

        Map<String, Object> start = month(list, YearMonth.from(day0));
        assertThat(start).containsEntry("received", 2).containsEntry("firstContactAssessed", 2)
                .containsEntry("firstContactWithinTarget", 1).containsEntry("coursesWithBothScores", 1);
        assertThat(new BigDecimal(start.get("averageStartScore").toString())).isEqualByComparingTo("3");
        assertThat(new BigDecimal(start.get("averageEndScore").toString())).isEqualByComparingTo("5");
        Map<String, Object> later = month(list, YearMonth.from(day35));
        assertThat(later).containsEntry("received", 1).containsEntry("firstContactAssessed", 1)
                .containsEntry("firstContactWithinTarget", 0).containsEntry("coursesWithBothScores", 0)
                .doesNotContainKey("averageStartScore");

        JsonPath report = ReportCalls.json(code, from, to);
        assertThat(list.stream().mapToLong(m -> ((Number) m.get("received")).longValue()).sum())
                .isEqualTo(report.getLong("received"));
        BigDecimal tolerance = new BigDecimal("0.05").multiply(BigDecimal.valueOf(list.size()));
        assertThat(sum(list, "occupiedPlaceDays")).isCloseTo(decimal(report, "occupiedPlaceDays"),
                org.assertj.core.data.Offset.offset(tolerance));
        assertThat(decimal(report, "occupiedPlaceDays")).isEqualByComparingTo("35.0");
        assertThat(sum(list, "availablePlaceDays")).isCloseTo(decimal(report, "availablePlaceDays"),
                org.assertj.core.data.Offset.offset(tolerance));
        Map<String, Object> future = list.get(list.size() - 1);
        assertThat(future).containsEntry("received", 0).doesNotContainKey("utilisation");
    }

    @Test
    void anUnknownProgrammeIsNotFoundAndAReferrerMayNotReadTheMonths() {
        Api.as("analyst").get("/api/v1/reports/programmes/no-such-programme/months").then().statusCode(404);
        Api.as("school").get("/api/v1/reports/programmes/tidlig-forebyggelse/months").then().statusCode(403);
        Api.as("practitioner").get("/api/v1/reports/programmes/tidlig-forebyggelse/months").then().statusCode(403);
    }

    static JsonPath months(String code, LocalDate from, LocalDate to) {
        String body = Api.as("analyst").get("/api/v1/reports/programmes/" + code + "/months?from=" + from + "&to=" + to)
                .then().statusCode(200).contentType("application/json").extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> month(List<Map<String, Object>> list, YearMonth month) {
        return list.stream().filter(m -> month.toString().equals(m.get("month"))).findFirst().orElseThrow();
    }

    private static BigDecimal sum(List<Map<String, Object>> list, String figure) {
        return list.stream().map(m -> m.get(figure) == null ? BigDecimal.ZERO : new BigDecimal(m.get(figure).toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal decimal(JsonPath report, String figure) {
        return new BigDecimal(report.get(figure).toString());
    }

    private Map<String, Object> child(String code) {
        return Courses.child(code, "SCHOOL", "Nordskolen", 9, Dates.today(clock));
    }

    private static String ownProgramme() {
        return Courses.ownProgramme("maaned", "Månedstal",
                Map.of("scale", Map.of("min", 1, "max", 10, "label", "Trivsel")));
    }
}
