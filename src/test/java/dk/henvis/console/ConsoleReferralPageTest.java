package dk.henvis.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coordinator's referral page shows what the record holds, also where an older record lacks a field. */
@QuarkusTest
class ConsoleReferralPageTest {

    @Inject
    EntityManager em;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Moves the clock back to second 30 of a minute two minutes ago: what this test writes then lies in the past
     * of every later test, whose "newest" rows stay their own.
     */
    private void backToTheMiddleOfAnEarlierMinute() {
        long intoMinute = MutableClock.now().getEpochSecond() % 60;
        clock.advance(Duration.ofSeconds(-120 - intoMinute + 30));
    }

    @Test
    void aFirstContactInTheMinuteTheReferralArrivedIsTakenEvenWhenSentAMinuteLater() {
        backToTheMiddleOfAnEarlierMinute();
        String id = Referrals.create(Referrals.sandplay());
        Instant received = MutableClock.now();
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();
        clock.advance(Duration.ofMinutes(1));
        LocalDateTime minute = LocalDateTime.ofInstant(received, MutableClock.ZONE);

        Response answer = coordinator.submit(page, "/console/referrals/" + id + "/first-contact", Map.of(
                "date", minute.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "time", minute.format(DateTimeFormatter.ofPattern("HH.mm")), "channel", "PHONE"));

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(303);
        String firstContact = Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("IN_ASSESSMENT")).extract().path("firstContactAt");
        assertThat(Instant.parse(firstContact)).isAfterOrEqualTo(received)
                .isBefore(received.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60));
    }

    @Test
    void aFirstContactInAMinuteBeforeTheReferralArrivedIsRefused() {
        backToTheMiddleOfAnEarlierMinute();
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();
        LocalDateTime before = LocalDateTime.ofInstant(MutableClock.now(), MutableClock.ZONE).minusMinutes(1);

        Response answer = coordinator.submit(page, "/console/referrals/" + id + "/first-contact", Map.of(
                "date", before.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "time", before.format(DateTimeFormatter.ofPattern("HH.mm")), "channel", "PHONE"));

        assertThat(answer.statusCode()).isEqualTo(422);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("status", org.hamcrest.Matchers.equalTo("RECEIVED"));
    }

    @Test
    void aReferralWhoseConsentCarriesNoDateIsShownWithoutOne() {
        String id = Referrals.create(Referrals.tidligForebyggelse());
        // Records loaded in bulk from an older system carry the consent without its date.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update referral set consent_date = null where id = :id").setParameter("id", UUID.fromString(id))
                .executeUpdate());

        Response page = ConsoleSession.signIn("coordinator").get("/console/referrals/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("<dt>Samtykke</dt><dd>Givet af");
    }
}
