package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpSemanticsTest {

    @Test
    void locationIsARelativeAddressWhateverHostTheClientNames() {
        Response created = Api.as("coordinator").header("Host", "evil.example").body(Referrals.tidligForebyggelse())
                .post("/api/v1/referrals");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/referrals/" + created.path("id"));
    }

    @Test
    void aNewGroupsLocationIsRelativeToo() {
        Response created = Api.as("coordinator").header("Host", "evil.example")
                .body(Map.of("name", "Hold " + Referrals.uniqueName(), "capacity", 3))
                .post("/api/v1/programmes/sandplay/groups");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/groups/" + created.path("id"));
    }

    @Test
    void headOnAReferralIsAnsweredLikeGetWithoutABodyAndAuditedLikeTheGet() {
        String id = Referrals.create(Referrals.tidligForebyggelse());
        int readsBefore = reads(id);
        Response head = Api.as("coordinator").head("/api/v1/referrals/" + id);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.asString()).isEmpty();
        assertThat(head.header("ETag")).isNotBlank();
        assertThat(reads(id)).isEqualTo(readsBefore + 1);
    }

    @Test
    void headIsRefusedToARoleTheGetIsRefusedTo() {
        assertThat(Api.as("analyst").head("/api/v1/referrals").statusCode()).isEqualTo(403);
    }

    private static int reads(String referral) {
        List<Map<String, Object>> events = Api.as("auditor").get("/api/v1/audit-events?size=100&referralId=" + referral)
                .then().statusCode(200).extract().path("items");
        return (int) events.stream().filter(e -> "READ".equals(e.get("action"))
                && "GET /api/v1/referrals/{id}".equals(e.get("endpoint"))).count();
    }
}
