package dk.henvis.session;

import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test helpers for courses: groups, placed referrals, sessions, measurements. Dates are passed in, so a
 * test that moves the clock (MutableClock) builds bodies for its own "today".
 */
public final class Courses {

    private Courses() {
    }

    /**
     * A programme of its own, for a test whose figures no other test's referrals may reach: a child up to 17
     * referred by a school, no visitation, five sessions; {@code extra} adds to the body or overrides it.
     */
    public static String ownProgramme(String codePrefix, String name, Map<String, Object> extra) {
        String code = codePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "format", "INDIVIDUAL",
                "eligibility", Map.of("subjectTypes", List.of("CHILD"), "minAgeYears", 0, "maxAgeYears", 17,
                        "referrerRoles", List.of("SCHOOL")),
                "requiresVisitation", false, "sessionLimit", 5, "firstContactWithinDays", 7));
        body.putAll(extra);
        Api.as("admin").body(body).put("/api/v1/programmes/" + code).then().statusCode(201);
        return code;
    }

    public static String group(String programme, int capacity) {
        return Api.as("coordinator").body(Map.of("name", "Hold " + Referrals.uniqueName(), "capacity", capacity))
                .post("/api/v1/programmes/" + programme + "/groups").then().statusCode(201).extract().path("id");
    }

    /** A child referral whose birth date and consent fit the given "today". */
    public static Map<String, Object> child(String programme, String role, String organisation, int ageYears,
                                            LocalDate today) {
        Map<String, Object> body = Referrals.child(programme, role, organisation, today.minusYears(ageYears).minusDays(20));
        consentOn(body, today);
        return body;
    }

    public static Map<String, Object> tidligForebyggelse(LocalDate today) {
        return child("tidlig-forebyggelse", "SCHOOL", "Nordskolen", 10, today);
    }

    public static Map<String, Object> rettidigUngeIndsats(LocalDate today) {
        return child("rettidig-unge-indsats", "SCHOOL", "Nordskolen", 11, today);
    }

    public static Map<String, Object> sandplay(LocalDate today) {
        return child("sandplay", "DAYCARE", "Børnehuset Solsikken", 4, today);
    }

    public static Map<String, Object> pusterummet(LocalDate today, LocalDate dueDate) {
        Map<String, Object> subject = new HashMap<>();
        subject.put("type", "EXPECTANT_PARENT");
        subject.put("name", Referrals.uniqueName());
        subject.put("expectedDueDate", dueDate.toString());
        Map<String, Object> body = Referrals.body("pusterummet", "HEALTH_VISITOR", "Sundhedsplejen", subject);
        consentOn(body, today);
        return body;
    }

    private static void consentOn(Map<String, Object> body, LocalDate today) {
        body.put("consent", new HashMap<>(Map.of("given", true, "givenBy", "Anne N.", "date", today.minusDays(1).toString())));
    }

    /** Created and, for a programme with visitation, first contact at the clock's now and accepted. */
    public static String accepted(Map<String, Object> body, Clock clock) {
        String id = Referrals.create(body);
        String status = Api.as("coordinator").get("/api/v1/referrals/" + id).then().extract().path("status");
        if ("RECEIVED".equals(status)) {
            firstContact(id, clock.instant()).body("status", equalTo("IN_ASSESSMENT"));
            Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/accept")
                    .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        }
        return id;
    }

    public static ValidatableResponse firstContact(String id, Instant at) {
        return Api.as("coordinator").body(Map.of("at", at.toString(), "channel", "PHONE"))
                .post("/api/v1/referrals/" + id + "/first-contact").then().statusCode(200);
    }

    public static void place(String id, String group) {
        Api.as("coordinator").body(Map.of("groupId", group)).post("/api/v1/referrals/" + id + "/placement")
                .then().statusCode(200).body("status", equalTo("PLACED"));
    }

    public static String placed(Map<String, Object> body, String group, Clock clock) {
        String id = accepted(body, clock);
        place(id, group);
        return id;
    }

    public static ValidatableResponse session(String referral, LocalDate date, String type, boolean attended) {
        return Api.as("practitioner").body(Map.of("date", date.toString(), "type", type, "attended", attended))
                .post("/api/v1/referrals/" + referral + "/sessions").then();
    }

    public static void sessions(String referral, LocalDate date, int count) {
        for (int i = 0; i < count; i++) {
            session(referral, date, "REGULAR", true).statusCode(201);
        }
    }

    public static String groupSession(String group, LocalDate date, String type) {
        return Api.as("practitioner").body(Map.of("date", date.toString(), "type", type, "durationMinutes", 60))
                .post("/api/v1/groups/" + group + "/sessions").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse attendance(String session, List<Map<String, Object>> entries) {
        return Api.as("practitioner").body(entries).put("/api/v1/sessions/" + session + "/attendance").then();
    }

    public static Map<String, Object> entry(String referral, String status) {
        return Map.of("referralId", referral, "status", status);
    }

    public static ValidatableResponse measure(String referral, String phase, int score, LocalDate at) {
        return Api.as("practitioner").body(Map.of("phase", phase, "score", score, "measuredAt", at.toString()))
                .post("/api/v1/referrals/" + referral + "/measurements").then();
    }

    public static ValidatableResponse complete(String referral, String outcome) {
        return Api.as("coordinator").body(Map.of("outcome", outcome)).post("/api/v1/referrals/" + referral + "/complete")
                .then();
    }

    public static ValidatableResponse escalate(String referral) {
        return Api.as("coordinator").body(Map.of("notifiedUnit", "Familieafdelingen", "reason", "CONCERN_FOR_WELLBEING"))
                .post("/api/v1/referrals/" + referral + "/escalate").then();
    }

    public static int sessionsUsed(String referral) {
        return Api.as("coordinator").get("/api/v1/referrals/" + referral).then().extract().path("sessionsUsed");
    }

    public static String status(String referral) {
        return Api.as("coordinator").get("/api/v1/referrals/" + referral).then().extract().path("status");
    }
}
