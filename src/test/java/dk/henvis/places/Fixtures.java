package dk.henvis.places;

import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh programmes, groups and referrals for the group and placement tests. Each test makes its own
 * programme, so its waiting list holds nothing another test put there. The programmes need no visitation,
 * so a referral is ACCEPTED on receipt.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static String programme(String format, boolean autoPromote) {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 12);
        Map<String, Object> eligibility = Map.of("subjectTypes", List.of("CHILD"), "minAgeYears", 0, "maxAgeYears", 17,
                "referrerRoles", List.of("SCHOOL"), "excludesOpenCase", false);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Testforløb " + code);
        body.put("format", format);
        body.put("eligibility", eligibility);
        body.put("requiresVisitation", false);
        body.put("firstContactWithinDays", 7);
        body.put("autoPromote", autoPromote);
        Api.as("admin").body(body).put("/api/v1/programmes/" + code).then().statusCode(201);
        return code;
    }

    public static String rollingProgramme() {
        return programme("GROUP_ROLLING", true);
    }

    public static Map<String, Object> referralBody(String programme, String priority) {
        Map<String, Object> body = Referrals.child(programme, "SCHOOL", "Vestskolen", Referrals.today().minusYears(10));
        body.put("priority", priority);
        return body;
    }

    /** A new referral of the programme, ACCEPTED on receipt. */
    public static String accepted(String programme) {
        return accepted(programme, "NORMAL");
    }

    public static String accepted(String programme, String priority) {
        return Api.as("coordinator").body(referralBody(programme, priority)).post("/api/v1/referrals")
                .then().statusCode(201).body("status", equalTo("ACCEPTED")).extract().path("id");
    }

    public static String group(String programme, int capacity) {
        return group(programme, Map.of("name", "Hold " + Referrals.uniqueName(), "capacity", capacity));
    }

    public static String group(String programme, Map<String, Object> body) {
        return Api.as("coordinator").body(body).post("/api/v1/programmes/" + programme + "/groups")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse place(String referral, String group) {
        return Api.as("coordinator").body(Map.of("groupId", group)).post("/api/v1/referrals/" + referral + "/placement")
                .then();
    }

    public static String placed(String programme, String group) {
        String id = accepted(programme);
        place(id, group).statusCode(200).body("status", equalTo("PLACED"));
        return id;
    }

    public static String waitlisted(String programme, String priority) {
        String id = accepted(programme, priority);
        waitlist(id).statusCode(200).body("status", equalTo("WAITLISTED"));
        return id;
    }

    public static ValidatableResponse waitlist(String referral) {
        return Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + referral + "/waitlist").then();
    }

    public static ValidatableResponse withdraw(String referral) {
        return Api.as("coordinator").body(Map.of("reason", "NO_LONGER_NEEDED"))
                .post("/api/v1/referrals/" + referral + "/withdraw").then();
    }

    public static ValidatableResponse referral(String id) {
        return Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200);
    }

    public static ValidatableResponse group(String id) {
        return Api.as("coordinator").get("/api/v1/groups/" + id).then().statusCode(200);
    }

    public static ValidatableResponse patch(String group, Map<String, Object> body) {
        return Api.as("coordinator").body(body).patch("/api/v1/groups/" + group).then();
    }

    public static List<Map<String, Object>> history(String referral) {
        return Api.as("coordinator").get("/api/v1/referrals/" + referral + "/history").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
