package dk.henvis.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.common.Dates;
import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
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

/** Utilisation = occupied place-days / available place-days, on a programme of its own so no other test's groups count. */
@QuarkusTest
class UtilisationTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoPlacesOfWhichOneIsFreedHalfWayAreThreeQuartersUsed() {
        String code = Courses.ownProgramme("udnyttelse", "Udnyttelse",
                Map.of("annualBudgetDkk", 36_500, "targetParticipantsPerYear", 2));
        clock.advance(Duration.ofDays(365L * 43));
        LocalDate start = Dates.today(clock);
        String group = Courses.group(code, 2);
        String first = Courses.placed(Courses.child(code, "SCHOOL", "Nordskolen", 9, Dates.today(clock)), group, clock);
        Courses.placed(Courses.child(code, "SCHOOL", "Nordskolen", 9, Dates.today(clock)), group, clock);

        clock.advance(Duration.ofDays(10));
        Courses.sessions(first, Dates.today(clock), 1);
        Courses.complete(first, "GOAL_REACHED").statusCode(200);
        clock.advance(Duration.ofDays(10));

        LocalDate from = start.minusDays(5);
        LocalDate to = from.plusYears(1).minusDays(1);
        JsonPath report = ReportCalls.json(code, from, to);
        assertThat(decimal(report, "availablePlaceDays")).isEqualByComparingTo("40.0");
        assertThat(decimal(report, "occupiedPlaceDays")).isEqualByComparingTo("30.0");
        assertThat(decimal(report, "utilisation")).isEqualByComparingTo("0.75");
        assertThat(decimal(report, "budgetForPeriodDkk")).isEqualByComparingTo("36500");
        assertThat(decimal(report, "costPerParticipantDkk")).isEqualByComparingTo("18250");
    }

    @Test
    @InvalidRequestsOnPurpose("a period with an impossible date, to see it refused")
    void reportsAreForAnalystsAndCoordinatorsAndCheckTheirPeriod() {
        Api.as("analyst").get("/api/v1/reports/programmes/fonix").then().statusCode(200);
        Api.as("practitioner").get("/api/v1/reports/programmes/fonix").then().statusCode(403);
        Api.as("school").get("/api/v1/reports/programmes/fonix").then().statusCode(403);
        Api.anonymous().get("/api/v1/reports/programmes/fonix").then().statusCode(401);
        Api.as("analyst").get("/api/v1/reports/programmes/no-such-programme").then().statusCode(404);
        Api.as("analyst").get("/api/v1/reports/programmes/fonix?from=2026-13-01").then().statusCode(400);
        Api.as("analyst").get("/api/v1/reports/programmes/fonix?from=2026-05-01&to=2026-04-01").then().statusCode(400);
        Api.as("analyst").get("/api/v1/reports/programmes/fonix?from=2000-01-01&to=2026-04-01").then().statusCode(400);
    }

    private static BigDecimal decimal(JsonPath report, String figure) {
        return new BigDecimal(report.get(figure).toString());
    }
}
