package dk.henvis.session;

import static dk.henvis.session.Courses.session;
import static dk.henvis.session.Courses.sessionsUsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndividualSessionTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    private final LocalDate today = Referrals.today();

    private String placedTidligForebyggelse() {
        return Courses.placed(Courses.tidligForebyggelse(today), Courses.group("tidlig-forebyggelse", 3), clock);
    }

    @Test
    void sixthSessionIsRefusedWhenLimitIsFive() {
        String referral = placedTidligForebyggelse();
        Courses.sessions(referral, today, 5);

        session(referral, today, "REGULAR", true).statusCode(409)
                .body("type", endsWith("/session-limit-reached")).body("detail", containsString("5"));

        assertThat(sessionsUsed(referral)).isEqualTo(5);
        assertThat(sessionRows(referral)).isEqualTo(5);
    }

    @Test
    void firstAttendedSessionMovesAPlacedReferralToInProgressWithHistoryByThePractitioner() {
        String referral = placedTidligForebyggelse();

        session(referral, today, "REGULAR", true).statusCode(201)
                .header("Location", containsString("/api/v1/sessions/"))
                .body("id", notNullValue()).body("attended", equalTo(true)).body("type", equalTo("REGULAR"));

        Api.as("coordinator").get("/api/v1/referrals/" + referral).then()
                .body("status", equalTo("IN_PROGRESS")).body("sessionsUsed", equalTo(1)).body("sessionLimit", equalTo(5));
        List<Map<String, Object>> history = Api.as("coordinator").get("/api/v1/referrals/" + referral + "/history")
                .then().statusCode(200).extract().path("$");
        Map<String, Object> last = history.get(history.size() - 1);
        assertThat(last).containsEntry("from", "PLACED").containsEntry("to", "IN_PROGRESS")
                .containsEntry("actor", "practitioner");
    }

    @Test
    void aMissedSessionIsRecordedButNeitherCountsNorStartsTheCourse() {
        String referral = placedTidligForebyggelse();

        session(referral, today, "REGULAR", false).statusCode(201).body("attended", equalTo(false));

        assertThat(sessionsUsed(referral)).isZero();
        assertThat(Courses.status(referral)).isEqualTo("PLACED");
        assertThat(sessionRows(referral)).isEqualTo(1);
    }

    @Test
    void sandplayFeedbackSessionsDoNotCountAgainstTheLimitOfEight() {
        String referral = Courses.placed(Courses.sandplay(today), Courses.group("sandplay", 8), clock);
        Courses.sessions(referral, today, 4);
        session(referral, today, "FEEDBACK", true).statusCode(201);
        Courses.sessions(referral, today, 4);
        session(referral, today, "FEEDBACK", true).statusCode(201);

        assertThat(sessionsUsed(referral)).isEqualTo(8);
        session(referral, today, "REGULAR", true).statusCode(409).body("type", endsWith("/session-limit-reached"));
        assertThat(sessionRows(referral)).isEqualTo(10);
    }

    @Test
    void aSessionInTheFutureIsAValidationFailure() {
        String referral = placedTidligForebyggelse();

        session(referral, today.plusDays(1), "REGULAR", true).statusCode(400)
                .body("type", endsWith("/validation-failed")).body("errors[0].field", equalTo("date"));
        assertThat(sessionRows(referral)).isZero();
    }

    @Test
    void aSessionBeforeTheReferralWasReceivedBreaksARule() {
        String referral = placedTidligForebyggelse();

        session(referral, today.minusDays(1), "REGULAR", true).statusCode(422)
                .body("type", endsWith("/rule-violated")).body("detail", containsString("received"));
        assertThat(sessionRows(referral)).isZero();
    }

    @Test
    void aSessionNeedsAPlacedReferral() {
        String referral = Courses.accepted(Courses.tidligForebyggelse(today), clock);

        session(referral, today, "REGULAR", true).statusCode(409).body("type", endsWith("/invalid-transition"))
                .body("detail", containsString("ACCEPTED"));
        assertThat(sessionRows(referral)).isZero();
    }

    @Test
    void aReunionOfAnExpectantMotherBeforeHerDueDateIsRefused() {
        String group = Courses.group("pusterummet", 5);
        String mother = Courses.placed(Courses.pusterummet(today, today.plusMonths(3)), group, clock);

        session(mother, today, "REUNION", true).statusCode(422).body("detail", containsString("due date"));
        assertThat(sessionRows(mother)).isZero();
    }

    @Test
    void referrersMayNotLogSessions() {
        String referral = placedTidligForebyggelse();

        Api.as("school").body(Map.of("date", today.toString())).post("/api/v1/referrals/" + referral + "/sessions")
                .then().statusCode(403);
        Api.as("analyst").body(Map.of("date", today.toString())).post("/api/v1/referrals/" + referral + "/sessions")
                .then().statusCode(403);
        assertThat(sessionRows(referral)).isZero();
    }

    @Test
    void aSessionForAnUnknownReferralIsNotFound() {
        session(UUID.randomUUID().toString(), today, "REGULAR", true).statusCode(404);
    }

    @Test
    @InvalidRequestsOnPurpose("session bodies with a malformed date, to see them refused")
    void malformedSessionBodiesAreValidationFailures() {
        String referral = placedTidligForebyggelse();
        Api.as("practitioner").body(Map.of("date", "23-11-2026")).post("/api/v1/referrals/" + referral + "/sessions")
                .then().statusCode(400);
        Api.as("practitioner").body(Map.of("date", today.toString(), "type", "PARTY"))
                .post("/api/v1/referrals/" + referral + "/sessions").then().statusCode(400);
        Api.as("practitioner").body(Map.of("type", "REGULAR")).post("/api/v1/referrals/" + referral + "/sessions")
                .then().statusCode(400);
        assertThat(sessionRows(referral)).isZero();
    }

    private long sessionRows(String referral) {
        return ((Number) em.createNativeQuery("select count(*) from programme_session where referral_id = :id")
                .setParameter("id", UUID.fromString(referral)).getSingleResult()).longValue();
    }
}
