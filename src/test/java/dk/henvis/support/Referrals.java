package dk.henvis.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Referral bodies for tests, as mutable maps so a test can change one field and send it.
 * Every body names a fresh subject, so tests never trip the duplicate guard by accident.
 */
public final class Referrals {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private Referrals() {
    }

    /** Today on the tests' clock, never the real calendar. */
    public static LocalDate today() {
        return MutableClock.today();
    }

    public static String uniqueName() {
        return "Barn " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Sandplay referral of a 4-year-old from a daycare, with consent. */
    public static Map<String, Object> sandplay() {
        return child("sandplay", "DAYCARE", "Børnehuset Solsikken", today().minusYears(4).minusDays(10));
    }

    /** A Tidlig Forebyggelse referral (no visitation: accepted on receipt) of a 10-year-old from a school. */
    public static Map<String, Object> tidligForebyggelse() {
        return child("tidlig-forebyggelse", "SCHOOL", "Nordskolen", today().minusYears(10));
    }

    public static Map<String, Object> child(String programme, String role, String organisation, LocalDate birthDate) {
        Map<String, Object> subject = new HashMap<>();
        subject.put("type", "CHILD");
        subject.put("name", uniqueName());
        subject.put("birthDate", birthDate.toString());
        subject.put("hasOpenCase", false);
        return body(programme, role, organisation, subject);
    }

    /** A Fønix referral of a mother with an infant of 8 weeks, from the health visitors. */
    public static Map<String, Object> fonix() {
        Map<String, Object> subject = new HashMap<>();
        subject.put("type", "PARENT");
        subject.put("name", uniqueName());
        subject.put("infantBirthDate", today().minusWeeks(8).toString());
        return body("fonix", "HEALTH_VISITOR", "Sundhedsplejen", subject);
    }

    /** A Pusterummet referral of an expectant mother due in four months, from the health visitors. */
    public static Map<String, Object> pusterummet() {
        Map<String, Object> subject = new HashMap<>();
        subject.put("type", "EXPECTANT_PARENT");
        subject.put("name", uniqueName());
        subject.put("expectedDueDate", today().plusMonths(4).toString());
        return body("pusterummet", "HEALTH_VISITOR", "Sundhedsplejen", subject);
    }

    public static Map<String, Object> body(String programme, String role, String organisation,
                                           Map<String, Object> subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeCode", programme);
        body.put("referrer", new HashMap<>(Map.of("role", role, "organisation", organisation,
                "name", "Lise Holm", "email", "lise@example.org")));
        body.put("subject", subject);
        body.put("contact", new HashMap<>(Map.of("name", "Anne N.", "relation", "MOTHER", "phone", "+4512345678")));
        body.put("reason", new HashMap<>(Map.of("category", "WELLBEING", "description", "Trækker sig fra legen")));
        body.put("wellbeingScore", 4);
        body.put("priority", "NORMAL");
        body.put("consent", new HashMap<>(Map.of("given", true, "givenBy", "Anne N.",
                "date", today().minusDays(1).toString())));
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    /** Creates as the coordinator (who may refer on anyone's behalf) and answers the new id. */
    public static String create(Map<String, Object> body) {
        return create("coordinator", body);
    }

    public static String create(String user, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    /** RECEIVED -> IN_ASSESSMENT -> ACCEPTED through the API. */
    public static String accepted(Map<String, Object> body) {
        String id = create(body);
        String status = Api.as("coordinator").get("/api/v1/referrals/" + id).then().extract().path("status");
        if ("RECEIVED".equals(status)) {
            firstContact(id).body("status", equalTo("IN_ASSESSMENT"));
            Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/accept")
                    .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        }
        return id;
    }

    public static ValidatableResponse firstContact(String id) {
        return Api.as("coordinator")
                .body(Map.of("at", MutableClock.now().toString(), "channel", "PHONE"))
                .post("/api/v1/referrals/" + id + "/first-contact").then().statusCode(200);
    }

    public static List<String> ids(int n, java.util.function.Supplier<Map<String, Object>> body) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> accepted(body.get())).toList();
    }
}
