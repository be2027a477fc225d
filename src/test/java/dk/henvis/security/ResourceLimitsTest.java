package dk.henvis.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OWASP API4: bounded pages, bodies, nesting and strings. */
@QuarkusTest
class ResourceLimitsTest {

    @Test
    @InvalidRequestsOnPurpose("bodies and pages beyond the contract's bounds, to see them refused")
    void aBodyOverTheConfiguredSizeIs413WithProblemDetails() {
        String huge = "{\"programmeCode\":\"" + "x".repeat(70 * 1024) + "\"}";
        Api.as("coordinator").body(huge).post("/api/v1/referrals")
                .then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("type", endsWith("/payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void aPageSizeOverTheCapIsCappedAt100() {
        Api.as("coordinator").get("/api/v1/referrals?size=100000")
                .then().statusCode(200).body("size", equalTo(100));
        Api.as("auditor").get("/api/v1/audit-events?size=100000")
                .then().statusCode(200).body("size", equalTo(100));
    }

    @Test
    @InvalidRequestsOnPurpose("bodies and pages beyond the contract's bounds, to see them refused")
    void aNegativePageIsRefused() {
        Api.as("auditor").get("/api/v1/audit-events?page=-1")
                .then().statusCode(400).body("type", endsWith("/validation-failed"));
    }

    @Test
    @InvalidRequestsOnPurpose("bodies and pages beyond the contract's bounds, to see them refused")
    void jsonNestedTooDeeplyIs400() {
        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        Api.as("coordinator").body(deep).post("/api/v1/referrals")
                .then().statusCode(400).body("type", endsWith("/validation-failed"));
    }

    @Test
    @InvalidRequestsOnPurpose("bodies and pages beyond the contract's bounds, to see them refused")
    void aStringLongerThanTheBoundIs400() {
        Map<String, Object> body = Referrals.sandplay();
        body.put("reason", Map.of("category", "WELLBEING", "description", "y".repeat(25_000)));
        Api.as("coordinator").body(body).post("/api/v1/referrals")
                .then().statusCode(400).body("type", endsWith("/validation-failed"));
    }
}
