package dk.henvis.programme;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeCatalogueTest {

    @Test
    void theSixProgrammesOfTheCatalogueAreSeeded() {
        Api.as("health-visitor").get("/api/v1/programmes").then().statusCode(200)
                .body("code", hasItem("fonix"))
                .body("code", hasItem("pusterummet"))
                .body("code", hasItem("sandplay"))
                .body("code", hasItem("tidlig-forebyggelse"))
                .body("code", hasItem("cool-kids-asf"))
                .body("code", hasItem("rettidig-unge-indsats"));
    }

    @Test
    void tidligForebyggelseCarriesTheSkiveRules() {
        Api.as("coordinator").get("/api/v1/programmes/tidlig-forebyggelse").then().statusCode(200)
                .body("requiresVisitation", equalTo(false))
                .body("sessionLimit", equalTo(5))
                .body("firstContactWithinDays", equalTo(7))
                .body("eligibility.minAgeYears", equalTo(0))
                .body("eligibility.maxAgeYears", equalTo(17))
                .body("eligibility.excludesOpenCase", equalTo(true))
                .body("scale.min", equalTo(1))
                .body("scale.max", equalTo(10));
    }

    @Test
    void theKalundborgProgrammesCarryTheirFigures() {
        Api.as("analyst").get("/api/v1/programmes/fonix").then().statusCode(200)
                .body("format", equalTo("GROUP_ROLLING"))
                .body("eligibility.subjectTypes", containsInAnyOrder("PARENT"))
                .body("eligibility.infantMaxAgeMonths", equalTo(12))
                .body("eligibility.referrerRoles", containsInAnyOrder("HEALTH_VISITOR"))
                .body("groupSize.min", equalTo(5)).body("groupSize.max", equalTo(8))
                .body("annualBudgetDkk", equalTo(184000))
                .body("autoPromote", equalTo(true));
        Api.as("analyst").get("/api/v1/programmes/pusterummet").then()
                .body("format", equalTo("GROUP_COHORT"))
                .body("eligibility.dueDateMaxMonthsAhead", equalTo(10))
                .body("annualBudgetDkk", equalTo(81000))
                .body("targetParticipantsPerYear", equalTo(15));
        Api.as("analyst").get("/api/v1/programmes/sandplay").then()
                .body("eligibility.minAgeYears", equalTo(3)).body("eligibility.maxAgeYears", equalTo(6))
                .body("annualBudgetDkk", equalTo(120000)).body("targetParticipantsPerYear", equalTo(24));
        Api.as("analyst").get("/api/v1/programmes/rettidig-unge-indsats").then()
                .body("sessionLimit", equalTo(6)).body("extensionSessions", equalTo(6)).body("maxExtensions", equalTo(1));
    }

    @Test
    void anUnknownProgrammeIsANotFoundProblem() {
        Api.as("coordinator").get("/api/v1/programmes/no-such-programme").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void theCatalogueNeedsASignIn() {
        Api.anonymous().get("/api/v1/programmes").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anAdminCreatesAndThenUpdatesAProgramme() {
        Map<String, Object> body = programme("Familiegruppen");
        Api.as("admin").body(body).put("/api/v1/programmes/familiegruppen-test").then().statusCode(201)
                .header("Location", endsWith("/api/v1/programmes/familiegruppen-test"))
                .body("name", equalTo("Familiegruppen"))
                .body("autoPromote", equalTo(true));
        body.put("name", "Familiegruppen 2");
        body.put("sessionLimit", 12);
        Api.as("admin").body(body).put("/api/v1/programmes/familiegruppen-test").then().statusCode(200)
                .body("name", equalTo("Familiegruppen 2")).body("sessionLimit", equalTo(12));
        Api.as("coordinator").get("/api/v1/programmes/familiegruppen-test").then()
                .body("name", equalTo("Familiegruppen 2"));
    }

    @Test
    void onlyAnAdminMayChangeTheCatalogue() {
        Api.as("coordinator").body(programme("X")).put("/api/v1/programmes/not-by-coordinator").then().statusCode(403)
                .body("type", endsWith("/forbidden"));
        Api.as("coordinator").get("/api/v1/programmes/not-by-coordinator").then().statusCode(404);
    }

    @Test
    @InvalidRequestsOnPurpose("a programme with every field wrong, to see each named")
    void anInvalidProgrammeIsRefusedFieldByField() {
        Map<String, Object> body = programme("");
        body.put("firstContactWithinDays", 0);
        Api.as("admin").body(body).put("/api/v1/programmes/invalid-one").then().statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("firstContactWithinDays"));
        Api.as("admin").get("/api/v1/programmes/invalid-one").then().statusCode(404);
    }

    @Test
    void anAgeRangeUpsideDownIsRefused() {
        Map<String, Object> body = programme("Omvendt");
        @SuppressWarnings("unchecked")
        Map<String, Object> eligibility = (Map<String, Object>) body.get("eligibility");
        eligibility.put("minAgeYears", 9);
        eligibility.put("maxAgeYears", 3);
        Api.as("admin").body(body).put("/api/v1/programmes/upside-down").then().statusCode(400)
                .body("errors.field", hasItem("eligibility.maxAgeYears"));
    }

    @Test
    void anExtensionWithoutSessionsIsRefused() {
        Map<String, Object> body = programme("Forlænget");
        body.put("maxExtensions", 1);
        Api.as("admin").body(body).put("/api/v1/programmes/extension-without-sessions").then().statusCode(400)
                .body("errors.field", hasItem("extensionSessions"));
        Api.as("admin").get("/api/v1/programmes/extension-without-sessions").then().statusCode(404)
                .body("detail", endsWith("was not found"));
    }

    @Test
    void anAdminPutsBackWhatGetAnsweredWithOneFieldChanged() {
        Api.as("admin").body(programme("Rundtur")).put("/api/v1/programmes/round-trip").then().statusCode(201);
        Map<String, Object> read = Api.as("admin").get("/api/v1/programmes/round-trip").then().statusCode(200)
                .extract().as(new io.restassured.common.mapper.TypeRef<Map<String, Object>>() { });
        read.put("name", "Rundtur 2");

        Api.as("admin").body(read).put("/api/v1/programmes/round-trip").then().statusCode(200)
                .body("code", equalTo("round-trip")).body("name", equalTo("Rundtur 2"))
                .body("sessionLimit", equalTo(8)).body("firstContactWithinDays", equalTo(14));
        Api.as("coordinator").get("/api/v1/programmes/round-trip").then().body("name", equalTo("Rundtur 2"));
    }

    @Test
    void aCodeInTheBodyOtherThanThePathsIsRefusedNamingCode() {
        Api.as("admin").body(programme("Kode")).put("/api/v1/programmes/code-kept").then().statusCode(201);
        Map<String, Object> body = programme("Kode ændret");
        body.put("code", "code-changed");

        Api.as("admin").body(body).put("/api/v1/programmes/code-kept").then().statusCode(400)
                .body("type", endsWith("/validation-failed")).body("errors.field", hasItem("code"));
        Api.as("coordinator").get("/api/v1/programmes/code-kept").then().body("name", equalTo("Kode"));
        Api.as("coordinator").get("/api/v1/programmes/code-changed").then().statusCode(404);
    }

    @InvalidRequestsOnPurpose("a budget above the contract's maximum")
    @Test
    void anAnnualBudgetAboveOneBillionIsRefusedNamingTheField() {
        Map<String, Object> body = programme("Dyr");
        body.put("annualBudgetDkk", 1_000_000_001L);
        Api.as("admin").body(body).put("/api/v1/programmes/too-costly").then().statusCode(400)
                .body("type", endsWith("/validation-failed")).body("errors.field", hasItem("annualBudgetDkk"));
        Api.as("admin").get("/api/v1/programmes/too-costly").then().statusCode(404);
        body.put("annualBudgetDkk", 1_000_000_000L);
        Api.as("admin").body(body).put("/api/v1/programmes/too-costly").then().statusCode(201)
                .body("annualBudgetDkk", equalTo(1_000_000_000));
    }

    static Map<String, Object> programme(String name) {
        Map<String, Object> eligibility = new HashMap<>();
        eligibility.put("subjectTypes", List.of("CHILD"));
        eligibility.put("minAgeYears", 2);
        eligibility.put("maxAgeYears", 10);
        eligibility.put("referrerRoles", List.of("SCHOOL", "FAMILY"));
        eligibility.put("excludesOpenCase", false);
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Et testforløb");
        body.put("format", "INDIVIDUAL");
        body.put("eligibility", eligibility);
        body.put("requiresVisitation", true);
        body.put("sessionLimit", 8);
        body.put("firstContactWithinDays", 14);
        body.put("scale", Map.of("min", 1, "max", 10, "label", "Trivselslineal 1-10"));
        return body;
    }
}
