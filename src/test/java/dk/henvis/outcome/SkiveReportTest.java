package dk.henvis.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.common.Dates;
import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Skive's Tidlig Forebyggelse results (seed 003) in miniature: courses starting at 5.1 on the well-being
 * ruler and ending at 7.1, 4.2 sessions per course, a share ended in a notification. The clock is moved
 * 40 years ahead so that the period holds only this test's referrals.
 */
@QuarkusTest
class SkiveReportTest {

    private static final String TF = "tidlig-forebyggelse";
    private static final int[] SESSIONS = {5, 4, 4, 4, 4, 4, 4, 5, 4, 4};
    private static final int[] START = {4, 5, 5, 6, 5, 5, 6, 4, 5, 6};
    private static final int[] END = {7, 7, 7, 8, 7, 7, 6, 7, 7, 8};

    @Inject
    MutableClock clock;
    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReportReproducesSkivesFiguresFromTheData() {
        clock.advance(Duration.ofDays(365L * 40));
        LocalDate received = Dates.today(clock);
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            referrals.add(Courses.accepted(Courses.tidligForebyggelse(received), clock));
        }
        List<String> courses = referrals.subList(0, 11);
        String late = referrals.get(11);
        for (String course : courses) {
            Courses.firstContact(course, clock.instant());
        }
        decline(referrals.get(12), "OPEN_CASE");
        decline(referrals.get(13), "OTHER");

        clock.advance(Duration.ofDays(2));
        String caseload = Courses.group(TF, 11);
        for (String course : courses) {
            Courses.place(course, caseload);
            Courses.measure(course, "START", course.equals(courses.get(10)) ? 3 : START[courses.indexOf(course)], Dates.today(clock))
                    .statusCode(201);
        }
        for (int i = 0; i < 10; i++) {
            Courses.sessions(courses.get(i), Dates.today(clock), SESSIONS[i]);
        }
        Courses.sessions(courses.get(10), Dates.today(clock), 2);

        clock.advance(Duration.ofDays(7));
        Courses.firstContact(late, clock.instant());
        for (int i = 0; i < 5; i++) {
            finish(courses.get(i), END[i]);
        }
        clock.advance(Duration.ofDays(7));
        for (int i = 5; i < 10; i++) {
            finish(courses.get(i), END[i]);
        }
        Courses.escalate(courses.get(10)).statusCode(200);
        Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + late + "/waitlist").then().statusCode(200);

        LocalDate from = received.minusDays(1);
        LocalDate to = received.plusDays(30);
        JsonPath report = ReportCalls.json(TF, from, to);
        assertThat(report.getLong("received")).isEqualTo(14);
        assertThat(report.getLong("accepted")).isEqualTo(14);
        assertThat(report.getLong("declined")).isEqualTo(2);
        assertThat(report.getMap("declinedByReason")).containsOnlyKeys("OPEN_CASE", "OTHER");
        assertThat(report.getLong("declinedByReason.OPEN_CASE")).isEqualTo(1);
        assertThat(report.getLong("placed")).isEqualTo(11);
        assertThat(report.getLong("waitlistedNow")).isEqualTo(1);
        assertThat(decimal(report, "medianDaysReceivedToPlaced")).isEqualByComparingTo("2.0");
        assertThat(report.getInt("firstContactTargetDays")).isEqualTo(7);
        assertThat(report.getLong("firstContactAssessed")).isEqualTo(14);
        assertThat(report.getLong("firstContactWithinTarget")).isEqualTo(11);
        assertThat(decimal(report, "shareFirstContactWithinTarget")).isEqualByComparingTo(share(11, 14));
        assertThat(report.getLong("completed")).isEqualTo(10);
        assertThat(decimal(report, "averageSessionsPerCompletedCourse")).isEqualByComparingTo("4.2");
        assertThat(report.getLong("coursesWithBothScores")).isEqualTo(10);
        assertThat(decimal(report, "averageStartScore")).isEqualByComparingTo("5.1");
        assertThat(decimal(report, "averageEndScore")).isEqualByComparingTo("7.1");
        assertThat(decimal(report, "shareImproved")).isEqualByComparingTo("0.9");
        assertThat(report.getLong("escalated")).isEqualTo(1);
        assertThat(report.getLong("ended")).isEqualTo(11);
        assertThat(decimal(report, "shareEscalated")).isEqualByComparingTo(share(1, 11));
        assertThat(report.getLong("participants")).isEqualTo(11);
        assertThat(report.<Object>get("costPerParticipantDkk")).isNull();
        assertThat(report.getString("from")).isEqualTo(from.toString());

        long exportsBefore = exports();
        Map<String, String> csv = ReportCalls.csv(TF, from, to);
        assertThat(csv).containsEntry("programmeCode", TF)
                .containsEntry("received", "14").containsEntry("accepted", "14")
                .containsEntry("declinedByReason.OPEN_CASE", "1").containsEntry("declinedByReason.OTHER", "1")
                .containsEntry("placed", "11").containsEntry("waitlistedNow", "1")
                .containsEntry("medianDaysReceivedToPlaced", "2.0")
                .containsEntry("shareFirstContactWithinTarget", share(11, 14).toPlainString())
                .containsEntry("completed", "10").containsEntry("averageSessionsPerCompletedCourse", "4.20")
                .containsEntry("averageStartScore", "5.10").containsEntry("averageEndScore", "7.10")
                .containsEntry("shareImproved", "0.9000").containsEntry("shareEscalated", share(1, 11).toPlainString())
                .containsEntry("costPerParticipantDkk", "");
        assertThat(exports()).isEqualTo(exportsBefore + 1);
    }

    private void finish(String course, int end) {
        Courses.measure(course, "END", end, Dates.today(clock)).statusCode(201);
        Courses.complete(course, "GOAL_REACHED").statusCode(200);
    }

    private static void decline(String referral, String reason) {
        Api.as("coordinator").body(Map.of("reason", reason)).post("/api/v1/referrals/" + referral + "/decline")
                .then().statusCode(200);
    }

    private static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(JsonPath report, String figure) {
        return new BigDecimal(report.get(figure).toString());
    }

    private long exports() {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'EXPORT' "
                + "and referral_id is null and actor = 'coordinator'").getSingleResult()).longValue();
    }
}
