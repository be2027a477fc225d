package dk.henvis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A referrer sees only its own organisation's referrals: others are 404, and absent from lists and counts. */
@QuarkusTest
class ObjectLevelAccessTest {

    @Test
    void aReferrerGets404ForAnotherOrganisationsReferral() {
        String id = Referrals.create("daycare", Referrals.sandplay());
        Api.as("daycare").get("/api/v1/referrals/" + id).then().statusCode(200);
        Api.as("school").get("/api/v1/referrals/" + id).then().statusCode(404).body("type", endsWith("/not-found"));
        Api.as("school").get("/api/v1/referrals/" + id + "/history").then().statusCode(404);
        Api.as("health-visitor").get("/api/v1/referrals/" + id).then().statusCode(404);
    }

    @Test
    void aReferrersListAndCountHoldOnlyItsOwnOrganisation() {
        long schoolBefore = total("school");
        long daycareBefore = total("daycare");
        Referrals.create("daycare", Referrals.sandplay());
        Referrals.create("daycare", Referrals.sandplay());
        Referrals.create("school", Referrals.tidligForebyggelse());

        assertThat(total("daycare")).isEqualTo(daycareBefore + 2);
        assertThat(total("school")).isEqualTo(schoolBefore + 1);
        List<Map<String, Object>> items = Api.as("school").get("/api/v1/referrals?size=100")
                .then().statusCode(200).extract().path("items");
        assertThat(items).extracting(item -> (Object) ((Map<?, ?>) item.get("referrer")).get("organisation"))
                .containsOnly("Nordskolen");
    }

    @Test
    void aReferrerCannotReferOnBehalfOfAnotherOrganisation() {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        Referrals.part(body, "referrer").put("organisation", "Sydskolen");
        String id = Referrals.create("school", body);
        Api.as("school").get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("referrer.organisation", org.hamcrest.Matchers.equalTo("Nordskolen"));
    }

    @Test
    void analystAuditorAdminAndIntegrationSeeNoReferral() {
        String id = Referrals.create(Referrals.sandplay());
        for (String user : List.of("analyst", "auditor", "admin", "integration")) {
            Api.as(user).get("/api/v1/referrals/" + id).then().statusCode(403);
            Api.as(user).get("/api/v1/referrals").then().statusCode(403);
        }
    }

    private static long total(String user) {
        return ((Number) Api.as(user).get("/api/v1/referrals?size=1").then().statusCode(200)
                .extract().path("totalItems")).longValue();
    }
}
