package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dk.henvis.support.Api;
import dk.henvis.support.AuditLog;
import dk.henvis.support.Cprs;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest {

    @Test
    void erasureOnRequestAnonymisesAtOnceAndKeepsStatistics() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "subject").put("cpr", Cprs.forBirthDate((String) Referrals.part(body, "subject").get("birthDate")));
        String id = Referrals.accepted(body);

        Api.as("coordinator").delete("/api/v1/referrals/" + id).then().statusCode(204);

        Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("anonymisedAt", notNullValue())
                .body("status", equalTo("WITHDRAWN"))
                .body("closeReason", equalTo("NO_CONSENT"))
                .body("subject.name", nullValue())
                .body("subject.birthDate", nullValue())
                .body("subject.cpr", nullValue())
                .body("contact.name", nullValue())
                .body("contact.phone", nullValue())
                .body("reason.description", nullValue())
                .body("referrer.name", nullValue())
                .body("consent.givenBy", nullValue())
                // statistics survive
                .body("programmeCode", equalTo("sandplay"))
                .body("subject.ageYears", equalTo(4))
                .body("subject.type", equalTo("CHILD"))
                .body("wellbeingScore", equalTo(4))
                .body("reason.category", equalTo("WELLBEING"))
                .body("receivedAt", notNullValue())
                .body("referrer.organisation", equalTo("Børnehuset Solsikken"));
        assertThat(AuditLog.of(id)).anySatisfy(row -> assertThat(row)
                .containsEntry("action", "ERASE").containsEntry("actor", "coordinator")
                .containsEntry("endpoint", "DELETE /api/v1/referrals/{id}"));
    }

    @Test
    void anErasedSubjectCanBeReferredAgain() {
        Map<String, Object> body = Referrals.sandplay();
        String id = Referrals.create(body);
        Api.as("coordinator").delete("/api/v1/referrals/" + id).then().statusCode(204);
        Referrals.create(body);
    }

    @Test
    void erasingTwiceIsHarmless() {
        String id = Referrals.create(Referrals.sandplay());
        Api.as("coordinator").delete("/api/v1/referrals/" + id).then().statusCode(204);
        Api.as("coordinator").delete("/api/v1/referrals/" + id).then().statusCode(204);
    }

    @Test
    void onlyTheCoordinatorErases() {
        String id = Referrals.create("daycare", Referrals.sandplay());
        for (String user : new String[] {"daycare", "practitioner", "admin", "analyst", "auditor", "integration"}) {
            Api.as(user).delete("/api/v1/referrals/" + id).then().statusCode(403);
        }
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200).body("anonymisedAt", nullValue());
    }

    @Test
    void erasingAnUnknownReferralIs404() {
        Api.as("coordinator").delete("/api/v1/referrals/" + UUID.randomUUID())
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }
}
