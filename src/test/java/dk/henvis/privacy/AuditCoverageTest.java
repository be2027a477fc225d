package dk.henvis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.AuditLog;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every call of an endpoint that touches a referral's personal data leaves exactly one audit row. */
@QuarkusTest
class AuditCoverageTest {

    /** A personal-data endpoint: how to call it on a referral, and the audit row it must leave. */
    record Call(String endpoint, String user, String action, boolean perReferral, Function<String, Response> send) {
    }

    static final List<Call> PERSONAL_DATA_ENDPOINTS = List.of(
            new Call("GET /api/v1/referrals/{id}", "coordinator", "READ", true,
                    id -> Api.as("coordinator").get("/api/v1/referrals/" + id)),
            new Call("GET /api/v1/referrals/{id}/history", "daycare", "READ", true,
                    id -> Api.as("daycare").get("/api/v1/referrals/" + id + "/history")),
            new Call("GET /api/v1/referrals", "daycare", "READ", false,
                    id -> Api.as("daycare").get("/api/v1/referrals?programme=sandplay")),
            new Call("POST /api/v1/referrals/{id}/first-contact", "coordinator", "UPDATE", true,
                    id -> Api.as("coordinator").body(Map.of("at", MutableClock.now().toString(), "channel", "PHONE"))
                            .post("/api/v1/referrals/" + id + "/first-contact")),
            new Call("POST /api/v1/referrals/{id}/accept", "coordinator", "UPDATE", true,
                    id -> Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/accept")),
            new Call("POST /api/v1/referrals/{id}/withdraw", "coordinator", "UPDATE", true,
                    id -> Api.as("coordinator").body(Map.of("reason", "NO_LONGER_NEEDED"))
                            .post("/api/v1/referrals/" + id + "/withdraw")),
            new Call("DELETE /api/v1/referrals/{id}", "coordinator", "ERASE", true,
                    id -> Api.as("coordinator").delete("/api/v1/referrals/" + id)));

    @Test
    void everyPersonalDataEndpointLeavesExactlyOneAuditRow() {
        long before = AuditLog.total();
        String id = Api.as("daycare").body(Referrals.sandplay()).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        assertOneRow(before, "POST /api/v1/referrals", "daycare", "CREATE", id);

        for (Call call : PERSONAL_DATA_ENDPOINTS) {
            long count = AuditLog.total();
            int status = call.send().apply(id).statusCode();
            assertThat(status).as(call.endpoint()).isBetween(200, 299);
            assertOneRow(count, call.endpoint(), call.user(), call.action(), call.perReferral() ? id : null);
        }
    }

    @Test
    void aDeclineIsAuditedOnceAsAnUpdate() {
        String id = Referrals.create(Referrals.sandplay());
        long count = AuditLog.total();
        Api.as("coordinator").body(Map.of("reason", "NOT_ELIGIBLE")).post("/api/v1/referrals/" + id + "/decline")
                .then().statusCode(200);
        assertOneRow(count, "POST /api/v1/referrals/{id}/decline", "coordinator", "UPDATE", id);
    }

    @Test
    void aRefusedReadLeavesNoAuditRow() {
        String id = Referrals.create("daycare", Referrals.sandplay());
        long count = AuditLog.total();
        Api.as("school").get("/api/v1/referrals/" + id).then().statusCode(404);
        Api.as("analyst").get("/api/v1/referrals/" + id).then().statusCode(403);
        assertThat(AuditLog.total()).isEqualTo(count);
    }

    @Test
    void auditRowsNameWhoWithRoleAndOrganisation() {
        String id = Referrals.create("daycare", Referrals.sandplay());
        Map<String, Object> row = AuditLog.of(id).get(0);
        assertThat(row).containsEntry("actor", "daycare").containsEntry("role", "REFERRER")
                .containsEntry("organisation", "Børnehuset Solsikken").containsEntry("action", "CREATE")
                .containsEntry("referralId", id);
        assertThat(Instant.parse((String) row.get("at"))).isBefore(MutableClock.now().plusSeconds(1));
    }

    @Test
    void onlyTheAuditorReadsTheTrail() {
        Api.as("auditor").get("/api/v1/audit-events").then().statusCode(200);
        for (String user : List.of("coordinator", "admin", "analyst", "daycare", "practitioner", "integration")) {
            Api.as(user).get("/api/v1/audit-events").then().statusCode(403).body("type", endsWith("/forbidden"));
        }
    }

    @Test
    @InvalidRequestsOnPurpose("a referralId that is no UUID, to see it refused")
    void theTrailFiltersByReferralAndTime() {
        Instant start = MutableClock.now().minusSeconds(1);
        String id = Referrals.create(Referrals.sandplay());
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200);
        Api.as("auditor").get("/api/v1/audit-events?referralId=" + id + "&from=" + start)
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("CREATE")).body("items[1].action", equalTo("READ"));
        Api.as("auditor").get("/api/v1/audit-events?referralId=" + id + "&to=" + start)
                .then().statusCode(200).body("totalItems", equalTo(0));
        Api.as("auditor").get("/api/v1/audit-events?from=yesterday")
                .then().statusCode(400).body("type", endsWith("/validation-failed"));
        Api.as("auditor").get("/api/v1/audit-events?referralId=42")
                .then().statusCode(400).body("type", endsWith("/validation-failed"));
    }

    private static void assertOneRow(long before, String endpoint, String actor, String action, String referralId) {
        assertThat(AuditLog.total()).as(endpoint + " audit rows").isEqualTo(before + 1);
        Map<String, Object> row = AuditLog.newest(1).get(0);
        assertThat(row.get("endpoint")).as(endpoint).isEqualTo(endpoint);
        assertThat(row.get("actor")).isEqualTo(actor);
        assertThat(row.get("action")).isEqualTo(action);
        assertThat(row.get("referralId")).isEqualTo(referralId);
    }
}
