package dk.henvis.integration;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IfMatchTest {

    private static String etag(String id) {
        return Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String id = Referrals.create(Referrals.sandplay());
        String before = etag(id);
        Referrals.firstContact(id);

        Api.as("coordinator").header("If-Match", before).body(Map.of())
                .post("/api/v1/referrals/" + id + "/accept")
                .then().statusCode(412).body("type", endsWith("/precondition-failed"));
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("status", equalTo("IN_ASSESSMENT"));
    }

    @Test
    void theCurrentIfMatchLetsTheChangeThroughAndAnswersTheNewETag() {
        String id = Referrals.create(Referrals.sandplay());
        Referrals.firstContact(id);
        String current = etag(id);

        String next = Api.as("coordinator").header("If-Match", current).body(Map.of())
                .post("/api/v1/referrals/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(next).isNotEqualTo(current).isEqualTo(etag(id));
    }

    @Test
    void aWeakOrListedOrWildcardIfMatchIsHonoured() {
        String id = Referrals.create(Referrals.sandplay());
        String current = etag(id);
        Api.as("coordinator").header("If-Match", "\"999\", W/" + current)
                .body(Map.of("at", MutableClock.now().toString(), "channel", "PHONE"))
                .post("/api/v1/referrals/" + id + "/first-contact").then().statusCode(200);
        Api.as("coordinator").header("If-Match", "*").body(Map.of("reason", "NO_LONGER_NEEDED"))
                .post("/api/v1/referrals/" + id + "/withdraw").then().statusCode(200);
    }

    @Test
    void aStaleIfMatchOnDeclineAndWithdrawIs412() {
        String id = Referrals.create(Referrals.sandplay());
        Api.as("coordinator").header("If-Match", "\"41\"").body(Map.of("reason", "OTHER"))
                .post("/api/v1/referrals/" + id + "/decline").then().statusCode(412);
        Api.as("coordinator").header("If-Match", "\"41\"").body(Map.of("reason", "OTHER"))
                .post("/api/v1/referrals/" + id + "/withdraw").then().statusCode(412);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void placementHonoursIfMatchThroughTheSharedLoad() {
        String id = Referrals.accepted(Referrals.sandplay());
        String group = Api.as("coordinator").body(Map.of("name", "If-Match run", "capacity", 8))
                .post("/api/v1/programmes/sandplay/groups").then().statusCode(201).extract().path("id");
        String current = etag(id);

        Api.as("coordinator").header("If-Match", "\"0\"").body(Map.of("groupId", group))
                .post("/api/v1/referrals/" + id + "/placement").then().statusCode(412);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("status", equalTo("ACCEPTED"));
        Api.as("coordinator").header("If-Match", current).body(Map.of("groupId", group))
                .post("/api/v1/referrals/" + id + "/placement").then().statusCode(200).body("status", equalTo("PLACED"));
    }
}
