package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dk.henvis.support.Api;
import dk.henvis.support.AuditLog;
import dk.henvis.support.Cprs;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retention job, with the clock moved back so that the referrals of this test are the only ones
 * closed longer ago than the retention period (other tests' referrals stay untouched).
 */
@QuarkusTest
class RetentionTest {

    static final Duration LONG_AGO = Duration.ofDays(400);

    @Inject
    MutableClock clock;
    @Inject
    Retention retention;
    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
        setLease(null, null);
    }

    @Test
    void referralsClosedLongerThanThePeriodAreAnonymisedOthersAreNot() {
        clock.advance(LONG_AGO.negated());
        Map<String, Object> oldBody = bodyAt();
        Referrals.part(oldBody, "subject").put("cpr", Cprs.forBirthDate((String) Referrals.part(oldBody, "subject").get("birthDate")));
        String closedLongAgo = Referrals.create(oldBody);
        withdraw(closedLongAgo);
        String openSinceLongAgo = Referrals.create(bodyAt());
        clock.reset();
        clock.advance(Duration.ofDays(-300));
        String closedRecently = Referrals.create(bodyAt());
        withdraw(closedRecently);
        clock.reset();

        assertThat(retention.run()).isGreaterThanOrEqualTo(1);

        Api.as("coordinator").get("/api/v1/referrals/" + closedLongAgo).then().statusCode(200)
                .body("anonymisedAt", notNullValue())
                .body("subject.name", nullValue())
                .body("subject.cpr", nullValue())
                .body("contact.phone", nullValue())
                .body("reason.description", nullValue())
                .body("programmeCode", equalTo("tidlig-forebyggelse"))
                .body("status", equalTo("WITHDRAWN"))
                .body("closeReason", equalTo("NO_LONGER_NEEDED"))
                .body("subject.ageYears", notNullValue())
                .body("wellbeingScore", equalTo(4));
        Api.as("coordinator").get("/api/v1/referrals/" + openSinceLongAgo).then().statusCode(200)
                .body("anonymisedAt", nullValue()).body("subject.name", notNullValue());
        Api.as("coordinator").get("/api/v1/referrals/" + closedRecently).then().statusCode(200)
                .body("anonymisedAt", nullValue()).body("subject.name", notNullValue());
        assertThat(AuditLog.of(closedLongAgo)).filteredOn(row -> "ERASE".equals(row.get("action")))
                .singleElement().satisfies(row -> assertThat(row)
                        .containsEntry("actor", "system").containsEntry("role", "SYSTEM")
                        .containsEntry("endpoint", "retention job"));
    }

    @Test
    void theRetentionPeriodIsMeasuredFromClosingNotFromReceipt() {
        clock.advance(LONG_AGO.negated());
        String id = Referrals.create(bodyAt());
        clock.reset();
        withdraw(id);

        retention.run();

        Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200).body("anonymisedAt", nullValue());
    }

    @Test
    void aSecondRunFindsNothingLeftToDo() {
        clock.advance(LONG_AGO.negated());
        String id = Referrals.create(bodyAt());
        withdraw(id);
        clock.reset();
        retention.run();

        assertThat(retention.run()).isZero();
        assertThat(AuditLog.of(id)).filteredOn(row -> "ERASE".equals(row.get("action"))).hasSize(1);
    }

    @Test
    void theJobDoesNotRunWhileAnotherInstanceHoldsTheLock() {
        clock.advance(LONG_AGO.negated());
        String id = Referrals.create(bodyAt());
        withdraw(id);
        clock.reset();
        setLease("another-instance", MutableClock.now().plus(Duration.ofMinutes(10)));

        assertThat(retention.run()).isEqualTo(-1);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("anonymisedAt", nullValue());

        // the other instance crashed: once its lease has run out, this one takes over
        setLease("another-instance", MutableClock.now().minus(Duration.ofMinutes(1)));
        assertThat(retention.run()).isGreaterThanOrEqualTo(1);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("anonymisedAt", notNullValue());
    }

    @Test
    void eachBatchIsCommittedOnItsOwnSoAnInterruptedRunKeepsItsWork() {
        retention.run(); // clears any backlog, so the two below are the only ones due
        clock.advance(LONG_AGO.negated());
        String first = Referrals.create(bodyAt());
        withdraw(first);
        String second = Referrals.create(bodyAt());
        withdraw(second);
        clock.reset();
        Instant cutoff = MutableClock.now().minus(Duration.ofDays(365));

        assertThat(retention.anonymiseBatch(cutoff, 1)).isEqualTo(1);

        long anonymised = Api.as("coordinator").get("/api/v1/referrals/" + first).then().extract().path("anonymisedAt") == null ? 0 : 1;
        anonymised += Api.as("coordinator").get("/api/v1/referrals/" + second).then().extract().path("anonymisedAt") == null ? 0 : 1;
        assertThat(anonymised).as("committed by the first batch alone").isEqualTo(1L);
        retention.run();
        Api.as("coordinator").get("/api/v1/referrals/" + first).then().body("anonymisedAt", notNullValue());
        Api.as("coordinator").get("/api/v1/referrals/" + second).then().body("anonymisedAt", notNullValue());
    }

    /** A Tidlig Forebyggelse referral (any age 0-17, no visitation) whose dates fit the moved clock. */
    private Map<String, Object> bodyAt() {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Referrals.ZONE);
        Referrals.part(body, "subject").put("birthDate", today.minusYears(10).toString());
        Referrals.part(body, "consent").put("date", today.minusDays(1).toString());
        return body;
    }

    private void setLease(String holder, Instant until) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update job_lock set locked_by = ?1, locked_until = ?2 where name = 'retention'")
                .setParameter(1, holder).setParameter(2, until).executeUpdate());
    }

    private static void withdraw(String id) {
        Api.as("coordinator").body(Map.of("reason", "NO_LONGER_NEEDED")).post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(200);
    }
}
