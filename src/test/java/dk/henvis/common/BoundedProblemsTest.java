package dk.henvis.common;

import dk.henvis.support.InvalidRequestsOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An error repeats no more of the request than the contract allows, and names the field of the request
 * that is wrong, never a validator's own name.
 */
@InvalidRequestsOnPurpose("unknown keys, ids and lists longer than the contract allows")
@QuarkusTest
class BoundedProblemsTest {

    @Test
    void a101FaultyAttendanceEntriesGiveAtMost100ErrorsEachNamingItsIndex() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            entries.add(Map.of("status", "ATTENDED"));
        }
        JsonPath problem = Api.as("practitioner").body(entries).put("/api/v1/sessions/" + UUID.randomUUID() + "/attendance")
                .then().statusCode(400).extract().jsonPath();
        assertThat(problem.getList("errors")).hasSize(100);
        assertThat(problem.getList("errors.field", String.class)).contains("[0].referralId", "[3].referralId");
    }

    @Test
    void aVeryLongUnknownKeyComesBackCutToTheContractsLimits() {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        body.put("k".repeat(5000), 1);
        JsonPath problem = Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .extract().jsonPath();
        assertThat(problem.getString("detail")).hasSizeLessThanOrEqualTo(2000);
        assertThat(problem.getList("errors.field", String.class)).singleElement()
                .satisfies(field -> assertThat(field).hasSizeLessThanOrEqualTo(200).startsWith("kkk"));
    }

    @Test
    void aVeryLongAddressComesBackCutInTheInstance() {
        String instance = Api.as("coordinator").get("/api/v1/referrals/" + "a".repeat(3000)).then().statusCode(404)
                .extract().path("instance");
        assertThat(instance).hasSizeLessThanOrEqualTo(2000).startsWith("/api/v1/referrals/aaa");
    }

    @Test
    void aGroupsCrossFieldChecksNameTheRequestFields() {
        Api.as("coordinator").body(Map.of("name", "Hold " + Referrals.uniqueName(), "capacity", 4, "minParticipants", 6,
                        "startDate", "2026-03-01", "endDate", "2026-02-01"))
                .post("/api/v1/programmes/sandplay/groups").then().statusCode(400)
                .body("errors.field", hasItem("minParticipants")).body("errors.field", hasItem("endDate"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("minimumWithinCapacity")))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("periodOrdered")));
    }

    @Test
    void aProgrammesCrossFieldChecksNameTheRequestFields() {
        Map<String, Object> eligibility = new HashMap<>(Map.of("subjectTypes", List.of("CHILD"), "minAgeYears", 9,
                "maxAgeYears", 3, "referrerRoles", List.of("SCHOOL")));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Omvendt");
        body.put("format", "GROUP_ROLLING");
        body.put("eligibility", eligibility);
        body.put("requiresVisitation", false);
        body.put("firstContactWithinDays", 7);
        body.put("groupSize", Map.of("min", 8, "max", 5));
        body.put("scale", Map.of("min", 10, "max", 1, "label", "Omvendt skala"));
        body.put("maxExtensions", 1);
        Api.as("admin").body(body).put("/api/v1/programmes/t-upside-down").then().statusCode(400)
                .body("errors.field", hasItem("eligibility.maxAgeYears")).body("errors.field", hasItem("groupSize.max"))
                .body("errors.field", hasItem("scale.max")).body("errors.field", hasItem("extensionSessions"));
    }
}
