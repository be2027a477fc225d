package dk.henvis.session;

import static dk.henvis.session.Courses.attendance;
import static dk.henvis.session.Courses.entry;
import static dk.henvis.session.Courses.sessionsUsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pusterummet: a cohort of expectant mothers, 8 sessions and a reunion after all have given birth. */
@QuarkusTest
class GroupSessionTest {

    @Inject
    EntityManager em;
    @Inject
    MutableClock clock;

    private final LocalDate today = Referrals.today();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<String> cohort(String group, int mothers) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < mothers; i++) {
            ids.add(Courses.placed(Courses.pusterummet(today, today.plusMonths(2).plusDays(i)), group, clock));
        }
        return ids;
    }

    @Test
    void attendanceMovesAttendingMothersToInProgressAndCountsOnlyTheirSessions() {
        String group = Courses.group("pusterummet", 5);
        List<String> mothers = cohort(group, 3);
        String session = Courses.groupSession(group, today, "REGULAR");

        attendance(session, List.of(entry(mothers.get(0), "ATTENDED"), entry(mothers.get(1), "ABSENT"),
                entry(mothers.get(2), "EXCUSED"))).statusCode(200).body("attendance", hasSize(3));

        assertThat(Courses.status(mothers.get(0))).isEqualTo("IN_PROGRESS");
        assertThat(sessionsUsed(mothers.get(0))).isEqualTo(1);
        assertThat(Courses.status(mothers.get(1))).isEqualTo("PLACED");
        assertThat(sessionsUsed(mothers.get(1))).isZero();
        assertThat(sessionsUsed(mothers.get(2))).isZero();
    }

    @Test
    void correctingAttendanceReplacesTheListAndGivesTheSessionBack() {
        String group = Courses.group("pusterummet", 5);
        List<String> mothers = cohort(group, 2);
        String session = Courses.groupSession(group, today, "REGULAR");
        attendance(session, List.of(entry(mothers.get(0), "ATTENDED"), entry(mothers.get(1), "ATTENDED")))
                .statusCode(200);
        attendance(session, List.of(entry(mothers.get(0), "ATTENDED"), entry(mothers.get(1), "ATTENDED")))
                .statusCode(200);
        assertThat(sessionsUsed(mothers.get(0))).isEqualTo(1);

        attendance(session, List.of(entry(mothers.get(0), "ABSENT"))).statusCode(200).body("attendance", hasSize(1));

        assertThat(sessionsUsed(mothers.get(0))).isZero();
        assertThat(sessionsUsed(mothers.get(1))).isZero();
        assertThat(attendanceRows(session)).isEqualTo(1);
    }

    @Test
    void oneUnknownReferralRejectsTheWholeListAndSavesNothing() {
        String group = Courses.group("pusterummet", 5);
        List<String> mothers = cohort(group, 2);
        String session = Courses.groupSession(group, today, "REGULAR");

        attendance(session, List.of(entry(mothers.get(0), "ATTENDED"), entry(UUID.randomUUID().toString(), "ATTENDED"),
                entry(mothers.get(1), "ATTENDED"))).statusCode(422).body("type", endsWith("/rule-violated"))
                .body("detail", containsString("not a participant"));

        assertThat(attendanceRows(session)).isZero();
        assertThat(sessionsUsed(mothers.get(0))).isZero();
        assertThat(Courses.status(mothers.get(0))).isEqualTo("PLACED");
    }

    @Test
    void aReferralOfAnotherGroupRejectsTheWholeList() {
        String group = Courses.group("pusterummet", 5);
        String other = Courses.group("pusterummet", 5);
        List<String> mothers = cohort(group, 1);
        String stranger = cohort(other, 1).get(0);
        String session = Courses.groupSession(group, today, "REGULAR");

        attendance(session, List.of(entry(mothers.get(0), "ATTENDED"), entry(stranger, "ATTENDED")))
                .statusCode(422).body("detail", containsString("not a participant"));

        assertThat(attendanceRows(session)).isZero();
        assertThat(sessionsUsed(mothers.get(0))).isZero();
        assertThat(sessionsUsed(stranger)).isZero();
    }

    @Test
    void aWaitlistedReferralIsNotAParticipant() {
        String group = Courses.group("pusterummet", 5);
        String waiting = Courses.accepted(Courses.pusterummet(today, today.plusMonths(2)), clock);
        Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + waiting + "/waitlist").then().statusCode(200);
        String session = Courses.groupSession(group, today, "REGULAR");

        attendance(session, List.of(entry(waiting, "ATTENDED"))).statusCode(422);
        assertThat(attendanceRows(session)).isZero();
    }

    @Test
    @InvalidRequestsOnPurpose("an attendance status the contract does not know, to see it refused")
    void aReferralListedTwiceIsAValidationFailure() {
        String group = Courses.group("pusterummet", 5);
        String mother = cohort(group, 1).get(0);
        String session = Courses.groupSession(group, today, "REGULAR");

        attendance(session, List.of(entry(mother, "ATTENDED"), entry(mother, "ABSENT"))).statusCode(400);
        attendance(session, List.of(Map.of("referralId", mother, "status", "LATE"))).statusCode(400);
        assertThat(attendanceRows(session)).isZero();
    }

    @Test
    void aNinthAttendedPusterummetSessionIsRefusedForTheWholeList() {
        String group = Courses.group("pusterummet", 5);
        List<String> mothers = cohort(group, 2);
        for (int i = 0; i < 8; i++) {
            attendance(Courses.groupSession(group, today, "REGULAR"), List.of(entry(mothers.get(0), "ATTENDED")))
                    .statusCode(200);
        }
        String ninth = Courses.groupSession(group, today, "REGULAR");

        attendance(ninth, List.of(entry(mothers.get(1), "ATTENDED"), entry(mothers.get(0), "ATTENDED")))
                .statusCode(409).body("type", endsWith("/session-limit-reached"));

        assertThat(attendanceRows(ninth)).isZero();
        assertThat(sessionsUsed(mothers.get(0))).isEqualTo(8);
        assertThat(sessionsUsed(mothers.get(1))).isZero();
    }

    @Test
    void theReunionIsAcceptedOnlyAfterEveryMothersDueDateAndDoesNotCount() {
        String group = Courses.group("pusterummet", 5);
        List<String> mothers = cohort(group, 3);
        for (int i = 0; i < 8; i++) {
            attendance(Courses.groupSession(group, today, "REGULAR"),
                    mothers.stream().map(m -> entry(m, "ATTENDED")).toList()).statusCode(200);
        }
        Api.as("practitioner").body(Map.of("date", today.toString(), "type", "REUNION"))
                .post("/api/v1/groups/" + group + "/sessions").then().statusCode(422)
                .body("type", endsWith("/rule-violated")).body("detail", containsString("due date"));

        // The cohort's last due date; the clock is moved to it, so the day before it lies in the past.
        LocalDate lastDueDate = today.plusMonths(2).plusDays(2);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, lastDueDate)));
        Api.as("practitioner").body(Map.of("date", lastDueDate.minusDays(1).toString(), "type", "REUNION"))
                .post("/api/v1/groups/" + group + "/sessions").then().statusCode(422)
                .body("type", endsWith("/rule-violated")).body("detail", containsString("due date"));

        clock.advance(Duration.ofDays(30));
        String reunion = Courses.groupSession(group, lastDueDate.plusDays(8), "REUNION");
        attendance(reunion, mothers.stream().map(m -> entry(m, "ATTENDED")).toList()).statusCode(200);

        for (String mother : mothers) {
            assertThat(sessionsUsed(mother)).isEqualTo(8);
        }
    }

    @Test
    void aGroupSessionInTheFutureOrBeforeTheGroupOrForAnUnknownGroupOrByAReferrerIsRefused() {
        String group = Courses.group("pusterummet", 5);
        Api.as("practitioner").body(Map.of("date", today.plusDays(1).toString()))
                .post("/api/v1/groups/" + group + "/sessions").then().statusCode(400);
        Api.as("practitioner").body(Map.of("date", today.minusDays(1).toString()))
                .post("/api/v1/groups/" + group + "/sessions").then().statusCode(422);
        Api.as("practitioner").body(Map.of("date", today.toString()))
                .post("/api/v1/groups/" + UUID.randomUUID() + "/sessions").then().statusCode(404);
        Api.as("school").body(Map.of("date", today.toString()))
                .post("/api/v1/groups/" + group + "/sessions").then().statusCode(403);
    }

    @Test
    void aSessionCanBeReadBackWithItsAttendance() {
        String group = Courses.group("pusterummet", 5);
        String mother = cohort(group, 1).get(0);
        String session = Courses.groupSession(group, today, "REGULAR");
        attendance(session, List.of(entry(mother, "ATTENDED"))).statusCode(200);

        Api.as("practitioner").get("/api/v1/sessions/" + session).then().statusCode(200)
                .body("groupId", equalTo(group)).body("type", equalTo("REGULAR"))
                .body("attendance[0].referralId", equalTo(mother)).body("attendance[0].status", equalTo("ATTENDED"));
    }

    private long attendanceRows(String session) {
        return ((Number) em.createNativeQuery("select count(*) from attendance where session_id = :id")
                .setParameter("id", UUID.fromString(session)).getSingleResult()).longValue();
    }
}
