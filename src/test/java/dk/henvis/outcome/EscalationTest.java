package dk.henvis.outcome;

import static dk.henvis.session.Courses.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dk.henvis.referral.Referral;
import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EscalationTest {

    @Inject
    EntityManager em;

    private final LocalDate today = Referrals.today();
    @Inject
    MutableClock clock;

    @Test
    void escalationRecordsTheNotificationErasesFreeTextAndContactAndFreesThePlaceForTheNextInLine() {
        String group = Courses.group("sandplay", 1);
        String child = Courses.placed(Courses.sandplay(today), group, clock);
        Courses.sessions(child, today, 2);
        String next = Courses.accepted(Courses.sandplay(today), clock);
        Api.as("coordinator").body(Map.of("note", "venter")).post("/api/v1/referrals/" + next + "/waitlist")
                .then().statusCode(200);

        Courses.escalate(child).statusCode(200)
                .body("status", equalTo("ESCALATED"))
                .body("escalation.notifiedUnit", equalTo("Familieafdelingen"))
                .body("escalation.at", notNullValue())
                .body("contact.name", nullValue()).body("contact.phone", nullValue())
                .body("reason.description", nullValue()).body("referrer.name", nullValue())
                .body("referrer.email", nullValue()).body("decisionNote", nullValue());

        Referral stored = stored(child);
        assertThat(stored.contactName).isNull();
        assertThat(stored.contactPhone).isNull();
        assertThat(stored.contactEmail).isNull();
        assertThat(stored.contactRelation).isNull();
        assertThat(stored.reasonDescription).isNull();
        assertThat(stored.referrerName).isNull();
        assertThat(stored.referrerEmail).isNull();
        assertThat(stored.decisionNote).isNull();
        assertThat(stored.extensionJustification).isNull();
        assertThat(stored.escalatedAt).isNotNull();
        assertThat(stored.notifiedUnit).isEqualTo("Familieafdelingen");
        assertThat(stored.openSubjectKey).isNull();

        Api.as("coordinator").get("/api/v1/referrals/" + next).then().body("status", equalTo("PLACED"))
                .body("groupId", equalTo(group));
        Api.as("coordinator").get("/api/v1/groups/" + group).then().body("occupiedPlaces", equalTo(1));
        List<Map<String, Object>> history = Api.as("coordinator").get("/api/v1/referrals/" + child + "/history")
                .then().extract().path("$");
        assertThat(history.get(history.size() - 1)).containsEntry("to", "ESCALATED")
                .containsEntry("reason", "CONCERN_FOR_WELLBEING");
    }

    @Test
    void anEscalatedReferralRejectsEveryChange() {
        String group = Courses.group("rettidig-unge-indsats", 3);
        String other = Courses.group("rettidig-unge-indsats", 3);
        String pupil = Courses.placed(Courses.rettidigUngeIndsats(today), group, clock);
        Courses.sessions(pupil, today, 1);
        Courses.escalate(pupil).statusCode(200);
        long version = stored(pupil).version;
        String session = Api.as("practitioner").body(Map.of("date", today.toString()))
                .post("/api/v1/groups/" + group + "/sessions").then().statusCode(201).extract().path("id");

        List<Supplier<ValidatableResponse>> changes = List.of(
                () -> Courses.session(pupil, today, "REGULAR", true),
                () -> Courses.measure(pupil, "END", 7, today),
                () -> Courses.complete(pupil, "GOAL_REACHED"),
                () -> Courses.escalate(pupil),
                () -> Courses.attendance(session, List.of(entry(pupil, "ATTENDED"))),
                () -> post(pupil, "extension", Map.of("additionalSessions", 6, "justification", "x")),
                () -> post(pupil, "placement", Map.of("groupId", other)),
                () -> post(pupil, "withdraw", Map.of("reason", "OTHER")),
                () -> post(pupil, "decline", Map.of("reason", "OTHER")),
                () -> post(pupil, "accept", Map.of()),
                () -> post(pupil, "waitlist", Map.of()),
                () -> post(pupil, "first-contact", Map.of("at", clock.instant().toString(), "channel", "PHONE")));
        for (Supplier<ValidatableResponse> change : changes) {
            change.get().statusCode(409).body("type", endsWith("/invalid-transition"));
        }

        Referral after = stored(pupil);
        assertThat(after.version).isEqualTo(version);
        assertThat(after.status.name()).isEqualTo("ESCALATED");
        assertThat(after.sessionsUsed).isEqualTo(1);
        assertThat(((Number) em.createNativeQuery("select count(*) from measurement where referral_id = :id")
                .setParameter("id", UUID.fromString(pupil)).getSingleResult()).longValue()).isZero();
    }

    @Test
    @InvalidRequestsOnPurpose("an unknown outcome and a missing notified unit, to see them refused")
    void escalationNeedsTheNotifiedUnitAndAReasonCode() {
        String child = Courses.accepted(Courses.tidligForebyggelse(today), clock);
        Api.as("coordinator").body(Map.of("reason", "NEGLECT")).post("/api/v1/referrals/" + child + "/escalate")
                .then().statusCode(400);
        Api.as("coordinator").body(Map.of("notifiedUnit", "Familieafdelingen", "reason", "Mor virker træt"))
                .post("/api/v1/referrals/" + child + "/escalate").then().statusCode(400);
        Api.as("practitioner").body(Map.of("notifiedUnit", "Familieafdelingen", "reason", "NEGLECT"))
                .post("/api/v1/referrals/" + child + "/escalate").then().statusCode(403);
        assertThat(Courses.status(child)).isEqualTo("ACCEPTED");
    }

    @Test
    void aReferralCanBeEscalatedBeforeItIsPlaced() {
        String child = Courses.accepted(Courses.tidligForebyggelse(today), clock);
        Courses.escalate(child).statusCode(200).body("status", equalTo("ESCALATED")).body("contact.name", nullValue());
    }

    @Test
    @InvalidRequestsOnPurpose("an unknown outcome and a missing notified unit, to see them refused")
    void completingRecordsTheOutcomeAndFreesThePlace() {
        String group = Courses.group("tidlig-forebyggelse", 1);
        String child = Courses.placed(Courses.tidligForebyggelse(today), group, clock);
        Courses.complete(child, "GOAL_REACHED").statusCode(409).body("type", endsWith("/invalid-transition"));
        Courses.sessions(child, today, 3);

        Courses.complete(child, "PARTLY_REACHED").statusCode(200).body("status", equalTo("COMPLETED"))
                .body("outcome", equalTo("PARTLY_REACHED")).body("closedAt", notNullValue());

        Api.as("coordinator").get("/api/v1/groups/" + group).then().body("occupiedPlaces", equalTo(0));
        Api.as("coordinator").body(Map.of("outcome", "MAYBE")).post("/api/v1/referrals/" + child + "/complete")
                .then().statusCode(400);
        Courses.complete(child, "GOAL_REACHED").statusCode(409);
    }

    private ValidatableResponse post(String referral, String action, Map<String, Object> body) {
        return Api.as("coordinator").body(body).post("/api/v1/referrals/" + referral + "/" + action).then();
    }

    @Transactional
    Referral stored(String id) {
        Referral referral = Referral.findById(UUID.fromString(id));
        em.refresh(referral);
        em.detach(referral);
        return referral;
    }
}
