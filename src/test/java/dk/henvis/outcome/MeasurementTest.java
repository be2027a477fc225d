package dk.henvis.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasurementTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    private final LocalDate today = Referrals.today();

    @Test
    void aWellbeingScoreOnTheRulerIsRecordedWithALocation() {
        String child = Courses.accepted(Courses.tidligForebyggelse(today), clock);

        String location = Courses.measure(child, "START", 4, today).statusCode(201)
                .body("phase", equalTo("START")).body("score", equalTo(4)).body("referralId", equalTo(child))
                .extract().header("Location");
        Courses.measure(child, "INTERIM", 6, today).statusCode(201);
        Courses.measure(child, "INTERIM", 7, today).statusCode(201);

        Api.as("practitioner").get(location).then().statusCode(200).body("score", equalTo(4));
        assertThat(rows(child)).isEqualTo(3);
    }

    @Test
    void aScoreOutsideTheProgrammesScaleBreaksARule() {
        String child = Courses.accepted(Courses.tidligForebyggelse(today), clock);

        Courses.measure(child, "START", 11, today).statusCode(422).body("type", endsWith("/rule-violated"))
                .body("detail", containsString("1-10"));
        Courses.measure(child, "START", 0, today).statusCode(422);
        assertThat(rows(child)).isZero();
    }

    @Test
    void startAndEndAreTakenOncePerCourse() {
        String child = Courses.accepted(Courses.tidligForebyggelse(today), clock);
        Courses.measure(child, "START", 5, today).statusCode(201);
        Courses.measure(child, "END", 7, today).statusCode(201);

        Courses.measure(child, "START", 6, today).statusCode(422).body("detail", containsString("START"));
        Courses.measure(child, "END", 8, today).statusCode(422);
        assertThat(rows(child)).isEqualTo(2);
    }

    @Test
    @InvalidRequestsOnPurpose("a measurement without a score, to see it refused")
    void aMeasurementDateInTheFutureOrBeforeReceiptIsRefused() {
        String child = Courses.accepted(Courses.tidligForebyggelse(today), clock);
        Courses.measure(child, "START", 5, today.plusDays(1)).statusCode(400);
        Courses.measure(child, "START", 5, today.minusDays(1)).statusCode(422);
        Api.as("practitioner").body(Map.of("phase", "START")).post("/api/v1/referrals/" + child + "/measurements")
                .then().statusCode(400);
        Api.as("analyst").body(Map.of("phase", "START", "score", 5)).post("/api/v1/referrals/" + child + "/measurements")
                .then().statusCode(403);
        assertThat(rows(child)).isZero();
    }

    private long rows(String referral) {
        return ((Number) em.createNativeQuery("select count(*) from measurement where referral_id = :id")
                .setParameter("id", UUID.fromString(referral)).getSingleResult()).longValue();
    }
}
