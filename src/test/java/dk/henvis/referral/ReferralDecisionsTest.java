package dk.henvis.referral;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferralDecisionsTest {

    @Test
    void firstContactRecordsTheTimeAndStartsAssessment() {
        String id = Referrals.create(Referrals.sandplay());
        String at = MutableClock.now().toString();
        Api.as("coordinator").body(Map.of("at", at, "channel", "HOME_VISIT"))
                .post("/api/v1/referrals/" + id + "/first-contact").then().statusCode(200)
                .body("status", equalTo("IN_ASSESSMENT"))
                .body("firstContactChannel", equalTo("HOME_VISIT"))
                .body("firstContactAt", notNullValue());
        Api.as("coordinator").get("/api/v1/referrals/" + id + "/history").then()
                .body("[1].from", equalTo("RECEIVED")).body("[1].to", equalTo("IN_ASSESSMENT"))
                .body("[1].actor", equalTo("coordinator"));
    }

    @Test
    void firstContactOnAnAcceptedReferralOnlyRecordsIt() {
        String id = Referrals.create(Referrals.tidligForebyggelse());
        Referrals.firstContact(id).body("status", equalTo("ACCEPTED")).body("firstContactAt", notNullValue());
    }

    @Test
    void firstContactInTheFutureOrBeforeReceiptIsRefused() {
        String id = Referrals.create(Referrals.sandplay());
        Api.as("coordinator").body(Map.of("at", MutableClock.now().plusSeconds(3600).toString(), "channel", "PHONE"))
                .post("/api/v1/referrals/" + id + "/first-contact").then().statusCode(400);
        Api.as("coordinator").body(Map.of("at", MutableClock.now().minusSeconds(86_400).toString(), "channel", "PHONE"))
                .post("/api/v1/referrals/" + id + "/first-contact").then().statusCode(422)
                .body("type", endsWith("/rule-violated"));
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void acceptingAReferralThatIsNotAssessedIsAnInvalidTransitionNamingTheStatus() {
        String id = Referrals.create(Referrals.sandplay());
        Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/invalid-transition"))
                .body("detail", containsString("RECEIVED"));
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("status", equalTo("RECEIVED"));
        Api.as("coordinator").get("/api/v1/referrals/" + id + "/history").then().body("size()", equalTo(1));
    }

    @Test
    void acceptingAnAcceptedReferralAgainIsAnInvalidTransitionNamingTheStatus() {
        String id = Referrals.accepted(Referrals.sandplay());
        Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then()
                .statusCode(409).body("type", endsWith("/invalid-transition"))
                .body("detail", containsString("ACCEPTED"));
    }

    @Test
    void aReceivedReferralCanBeAcceptedAfterAssessment() {
        String id = Referrals.create(Referrals.sandplay());
        Referrals.firstContact(id);
        Api.as("coordinator").body(Map.of("note", "Visiteret efter samtale")).post("/api/v1/referrals/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("decisionNote", equalTo("Visiteret efter samtale"));
    }

    @Test
    @InvalidRequestsOnPurpose("a decline without a reason, to see it refused")
    void declineNeedsAReasonFromTheList() {
        String id = Referrals.create(Referrals.sandplay());
        Api.as("coordinator").body(Map.of("note", "no reason")).post("/api/v1/referrals/" + id + "/decline")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Api.as("coordinator").body(Map.of("reason", "BECAUSE")).post("/api/v1/referrals/" + id + "/decline")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("status", equalTo("RECEIVED"));
        Api.as("coordinator").body(Map.of("reason", "NOT_ELIGIBLE", "note", "Over alder")).post("/api/v1/referrals/" + id + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("closeReason", equalTo("NOT_ELIGIBLE"))
                .body("closedAt", notNullValue());
        Api.as("coordinator").get("/api/v1/referrals/" + id + "/history").then()
                .body("[-1].to", equalTo("DECLINED")).body("[-1].reason", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void aWithdrawnReferralAcceptsNoFurtherChange() {
        String id = Referrals.accepted(Referrals.sandplay());
        Api.as("coordinator").body(Map.of("reason", "NO_LONGER_NEEDED")).post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        Api.as("coordinator").body(Map.of("reason", "OTHER")).post("/api/v1/referrals/" + id + "/decline")
                .then().statusCode(409).body("type", endsWith("/invalid-transition")).body("detail", containsString("WITHDRAWN"));
        Api.as("coordinator").body(Map.of("at", MutableClock.now().toString(), "channel", "PHONE"))
                .post("/api/v1/referrals/" + id + "/first-contact").then().statusCode(409);
        Api.as("coordinator").get("/api/v1/referrals/" + id + "/history").then()
                .body("to", equalTo(java.util.List.of("RECEIVED", "IN_ASSESSMENT", "ACCEPTED", "WITHDRAWN")));
    }

    @Test
    void onlyACoordinatorMakesDecisions() {
        String id = Referrals.create("daycare", Referrals.sandplay());
        Api.as("daycare").body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then().statusCode(403);
        Api.as("practitioner").body(Map.of("reason", "OTHER")).post("/api/v1/referrals/" + id + "/decline").then().statusCode(403);
        Api.anonymous().body(Map.of("reason", "OTHER")).post("/api/v1/referrals/" + id + "/withdraw").then().statusCode(401);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void aDecisionOnAnUnknownReferralIsNotFound() {
        Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + java.util.UUID.randomUUID() + "/accept")
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }
}
