package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A few hundred malformed or hostile bodies, generated with jqwik: each carries at least one definite
 * fault (and random hostile noise elsewhere). Every one must get a 4xx problem without internals,
 * and none may leave a row behind.
 */
@QuarkusTest
class HostileReferralBodiesTest {

    static final int BODIES = 300;
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    static final List<String> NOISE = List.of("'; drop table referral; --", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "\u0000", "😀👶", "Ærø Østergård Åse", "%s%s%n", "../../etc/passwd", "\\u0000",
            "SELECT * FROM referral", " ", "null");

    enum Fault { UNKNOWN_FIELD, WRONG_TYPE, BAD_ENUM, BAD_DATE, MISSING_REQUIRED, BROKEN_JSON, TOO_LONG,
        DEEP_NESTING, NOT_AN_OBJECT, BAD_CPR, BAD_EMAIL, BAD_PHONE }

    record Hostile(Fault fault, String json) {
    }

    @TestFactory
    @InvalidRequestsOnPurpose("every generated body carries a fault the contract forbids")
    Stream<DynamicTest> hostileBodiesGetOnlyProblemsAndLeaveNoRowBehind() {
        long before = referralRows();
        List<Hostile> bodies = hostileBodies().sampleStream().limit(BODIES).toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Hostile hostile = bodies.get(i);
            tests.add(DynamicTest.dynamicTest("#" + i + " " + hostile.fault(), () -> assertProblem(hostile)));
        }
        tests.add(DynamicTest.dynamicTest("no referral row was left behind",
                () -> assertThat(referralRows()).isEqualTo(before)));
        return tests.stream();
    }

    long referralRows() {
        return ((Number) em.createNativeQuery("select count(*) from referral").getSingleResult()).longValue()
                + ((Number) em.createNativeQuery("select count(*) from referral_status_change").getSingleResult()).longValue();
    }

    static void assertProblem(Hostile hostile) {
        Response response = RestAssured.given().auth().preemptive().basic("coordinator", "coordinator")
                .contentType("application/json").body(hostile.json().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/referrals");
        assertThat(response.statusCode()).as(hostile.json()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        String body = response.asString();
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("dk.henvis")
                .doesNotContain("com.fasterxml").doesNotContain("\tat ").doesNotContainIgnoringCase("insert into");
        assertThat(response.jsonPath().getString("type")).startsWith("https://henvis.dk/problems/");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(response.statusCode());
    }

    static Arbitrary<Hostile> hostileBodies() {
        return Combinators.combine(Arbitraries.of(Fault.values()), Arbitraries.of(NOISE),
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(12).alpha(), Arbitraries.integers().between(0, 99))
                .as(HostileReferralBodiesTest::build);
    }

    static Hostile build(Fault fault, String noise, String word, int pick) {
        Map<String, Object> body = Referrals.sandplay();
        Map<String, Object> subject = Referrals.part(body, "subject");
        Map<String, Object> contact = Referrals.part(body, "contact");
        Referrals.part(body, "reason").put("description", noise + " " + word);
        String json = switch (fault) {
            case UNKNOWN_FIELD -> {
                List<Map<String, Object>> targets = List.of(body, subject, contact, Referrals.part(body, "reason"),
                        Referrals.part(body, "consent"), Referrals.part(body, "referrer"));
                targets.get(pick % targets.size()).put("x_" + word, noise);
                yield write(body);
            }
            case WRONG_TYPE -> {
                Object[][] cases = {
                        {body, "wellbeingScore", "4"}, {body, "wellbeingScore", 4.5}, {body, "wellbeingScore", true},
                        {body, "programmeCode", 7}, {body, "programmeCode", List.of("sandplay")},
                        {subject, "name", 42}, {subject, "name", Map.of("first", word)}, {subject, "hasOpenCase", "no"},
                        {subject, "hasOpenCase", 1}, {subject, "birthDate", true}, {subject, "birthDate", Map.of()},
                        {body, "subject", word}, {body, "reason", List.of()}, {Referrals.part(body, "consent"), "given", "yes"},
                        {body, "priority", 1}, {contact, "phone", 4512345678L}};
                Object[] c = cases[pick % cases.length];
                @SuppressWarnings("unchecked")
                Map<String, Object> target = (Map<String, Object>) c[0];
                target.put((String) c[1], c[2]);
                yield write(body);
            }
            case BAD_ENUM -> {
                switch (pick % 5) {
                    case 0 -> body.put("priority", word.toUpperCase());
                    case 1 -> subject.put("type", "KID" + word);
                    case 2 -> Referrals.part(body, "reason").put("category", noise);
                    case 3 -> Referrals.part(body, "referrer").put("role", word);
                    default -> contact.put("relation", "aunt");
                }
                yield write(body);
            }
            case BAD_DATE -> {
                String[] dates = {"2022-02-30", "2022-13-01", "01-05-2022", "2022/05/01", "x" + word, "2022-5-1", "2022-05-01T25:00"};
                Map<String, Object> target = pick % 2 == 0 ? subject : Referrals.part(body, "consent");
                target.put(target == subject ? "birthDate" : "date", dates[pick % dates.length]);
                yield write(body);
            }
            case MISSING_REQUIRED -> {
                switch (pick % 6) {
                    case 0 -> body.remove("programmeCode");
                    case 1 -> body.remove("subject");
                    case 2 -> body.remove("reason");
                    case 3 -> subject.remove("type");
                    case 4 -> subject.put("name", pick % 2 == 0 ? "" : "   ");
                    default -> Referrals.part(body, "reason").remove("category");
                }
                yield write(body);
            }
            case BROKEN_JSON -> {
                String whole = write(body);
                yield whole.substring(0, Math.max(1, whole.length() * (pick + 1) / 101)) + (pick % 3 == 0 ? "}}}" : "");
            }
            case TOO_LONG -> {
                String longText = (word + noise).repeat(1 + 5000 / (word.length() + noise.length()));
                switch (pick % 3) {
                    case 0 -> subject.put("name", longText);
                    case 1 -> Referrals.part(body, "reason").put("description", longText.repeat(3));
                    default -> body.put("programmeCode", longText);
                }
                yield write(body);
            }
            case DEEP_NESTING -> "{\"programmeCode\":\"sandplay\",\"subject\":"
                    + "{\"x\":".repeat(20 + pick) + "1" + "}".repeat(20 + pick) + "}";
            case NOT_AN_OBJECT -> switch (pick % 5) {
                case 0 -> "[]";
                case 1 -> "null";
                case 2 -> "\"" + word + "\"";
                case 3 -> "42";
                default -> "[" + write(body) + "]";
            };
            case BAD_CPR -> {
                String[] cprs = {"310222-4321", "0105224321", "01-05-22-4321", "010522-43210", word, "000000-0000", "991399-1234"};
                subject.put("cpr", cprs[pick % cprs.length]);
                yield write(body);
            }
            case BAD_EMAIL -> {
                contact.put("email", word + "@@" + noise);
                yield write(body);
            }
            case BAD_PHONE -> {
                contact.put("phone", noise + word);
                yield write(body);
            }
        };
        return new Hostile(fault, json);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> copy(Map<String, Object> map) {
        return new HashMap<>(map);
    }
}
