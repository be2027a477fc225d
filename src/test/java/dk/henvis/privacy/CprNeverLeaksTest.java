package dk.henvis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Api;
import dk.henvis.support.AuditLog;
import dk.henvis.support.LogCapture;
import dk.henvis.support.Cprs;
import dk.henvis.support.MutableClock;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A full scenario with a CPR number: the digits appear in no log record (at the levels the service logs:
 * INFO, and DEBUG for dk.henvis in tests), in no response (except masked), and not in clear in the database.
 */
@QuarkusTest
class CprNeverLeaksTest {

    private final LogCapture capture = new LogCapture();
    private final List<String> responses = new ArrayList<>();
    private Logger root;

    @Inject
    EntityManager em;

    @BeforeEach
    void listen() {
        root = Logger.getLogger("");
        root.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(capture);
    }

    @Test
    @InvalidRequestsOnPurpose("a CPR number sent as a JSON number, to see it refused without being echoed")
    void aCprNumberNeverAppearsInLogsResponsesOrInClearInTheDatabase() {
        Map<String, Object> body = Referrals.sandplay();
        Map<String, Object> subject = Referrals.part(body, "subject");
        String cpr = Cprs.forBirthDate((String) subject.get("birthDate"));
        subject.put("cpr", cpr);

        String id = send(Api.as("daycare").body(body).post("/api/v1/referrals"), 201).path("id");
        String masked = send(Api.as("daycare").get("/api/v1/referrals/" + id), 200).path("subject.cpr");
        assertThat(masked).isEqualTo(cpr.substring(0, 6) + "-****");
        send(Api.as("coordinator").get("/api/v1/referrals?programme=sandplay&size=100"), 200);
        send(Api.as("daycare").get("/api/v1/referrals/" + id + "/history"), 200);
        send(Api.as("coordinator").body(Map.of("at", MutableClock.now().toString(), "channel", "PHONE"))
                .post("/api/v1/referrals/" + id + "/first-contact"), 200);
        send(Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/accept"), 200);
        // errors: the same subject again, an invalid transition, a malformed body, an invalid CPR
        Map<String, Object> again = Referrals.sandplay();
        Referrals.part(again, "subject").putAll(Map.of("cpr", cpr, "birthDate", subject.get("birthDate")));
        send(Api.as("health-visitor").body(again).post("/api/v1/referrals"), 409);
        send(Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/accept"), 409);
        Map<String, Object> wrongType = Referrals.sandplay();
        Referrals.part(wrongType, "subject").put("cpr", Long.parseLong(cpr.replace("-", "")));
        send(Api.as("daycare").body(wrongType).post("/api/v1/referrals"), 400);
        Map<String, Object> mismatched = Referrals.sandplay();
        Referrals.part(mismatched, "subject").put("cpr", cpr);
        Referrals.part(mismatched, "subject").put("birthDate", "2021-01-01");
        send(Api.as("daycare").body(mismatched).post("/api/v1/referrals"), 400);
        String invalid = "310299-" + cpr.substring(7);
        Map<String, Object> invalidBody = Referrals.sandplay();
        Referrals.part(invalidBody, "subject").put("cpr", invalid);
        send(Api.as("daycare").body(invalidBody).post("/api/v1/referrals"), 400);
        send(Api.as("coordinator").delete("/api/v1/referrals/" + id), 204);

        List<String> secrets = List.of(cpr, cpr.replace("-", ""), cpr.substring(7) + "", invalid, invalid.replace("-", ""));
        org.jboss.logging.Logger.getLogger("dk.henvis.privacy").debug("probe: the capture sees the service's log");
        assertThat(capture.records).as("the capture is attached").anyMatch(r -> r.startsWith("probe:"));
        for (String record : capture.records) {
            for (String secret : secrets.subList(0, 2)) {
                assertThat(record).doesNotContain(secret);
            }
            assertThat(record).doesNotContain(invalid).doesNotContain(invalid.replace("-", ""));
        }
        for (String response : responses) {
            assertThat(response).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""))
                    .doesNotContain(invalid).doesNotContain(invalid.replace("-", ""));
        }
        List<?> audit = AuditLog.of(id);
        assertThat(audit.toString()).doesNotContain(cpr.substring(0, 6));
    }

    @Test
    void theCprIsStoredEncryptedNextToAKeyedHash() {
        Map<String, Object> body = Referrals.sandplay();
        String cpr = Cprs.forBirthDate((String) Referrals.part(body, "subject").get("birthDate"));
        Referrals.part(body, "subject").put("cpr", cpr);
        String id = Referrals.create(body);

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select subject_cpr_encrypted, subject_key from referral where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        assertThat(Arrays.toString(row)).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""))
                .doesNotContain(cpr.substring(7));
        assertThat((String) row[0]).isNotBlank();
        assertThat((String) row[1]).isNotBlank();
    }

    private io.restassured.response.ExtractableResponse<Response> send(Response response, int status) {
        responses.add(response.asString() + response.getHeaders());
        return response.then().statusCode(status).extract();
    }
}
