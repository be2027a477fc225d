package dk.henvis.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.henvis.integration.idempotency.IdempotencyStore;
import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Inject
    EntityManager em;
    @Inject
    IdempotencyStore store;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ExtractableResponse<Response> post(String user, String key, Object body, String path) {
        return Api.as(user).header("Idempotency-Key", key).body(body).post(path).then().extract();
    }

    private long referralsNamed(Map<String, Object> body) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from referral where subject_name = ?1")
                .setParameter(1, Referrals.part(body, "subject").get("name")).getSingleResult()).longValue());
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponseWithoutCreatingASecondReferral() {
        Map<String, Object> body = Referrals.sandplay();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post("coordinator", key, body, "/api/v1/referrals");
        ExtractableResponse<Response> second = post("coordinator", key, body, "/api/v1/referrals");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(second.<String>path("reference")).isEqualTo(first.path("reference"));
        assertThat(referralsNamed(body)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefusedAsReused() {
        String key = UUID.randomUUID().toString();
        post("coordinator", key, Referrals.sandplay(), "/api/v1/referrals");
        Map<String, Object> other = Referrals.sandplay();

        ExtractableResponse<Response> again = post("coordinator", key, other, "/api/v1/referrals");

        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.<String>path("type")).endsWith("/idempotency-key-reused");
        assertThat(referralsNamed(other)).isZero();
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsWaitsForItAndProceedsWhenTheFirstDiesWithoutCommitting() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Referrals.sandplay();
        // The first request has claimed the key in its transaction and not finished.
        assertThat(store.claim("coordinator", key, "first-request")).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
        CompletableFuture<ExtractableResponse<Response>> retry;
        try {
            retry = CompletableFuture.supplyAsync(() -> post("coordinator", key, body, "/api/v1/referrals"));
            Thread.sleep(500);
            assertThat(retry).isNotDone();
        } finally {
            // The first request dies: its transaction, claim included, is rolled back.
            store.abandon();
        }

        ExtractableResponse<Response> second = retry.get(10, TimeUnit.SECONDS);

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(referralsNamed(body)).isEqualTo(1);
    }

    @Test
    void aClaimWhoseRequestDiedBeforeCommittingHoldsTheKeyNoLonger() {
        String key = UUID.randomUUID().toString();
        store.claim("coordinator", key, "first-request");
        store.abandon();

        assertThat(store.claim("coordinator", key, "first-request")).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
        store.abandon();
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_key where idem_key = ?1").setParameter(1, key).getSingleResult()).longValue());
        assertThat(rows).isZero();
    }

    @Test
    void keysAreScopedPerCaller() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Referrals.sandplay();
        post("coordinator", key, body, "/api/v1/referrals");
        Map<String, Object> forDaycare = Referrals.sandplay();

        ExtractableResponse<Response> daycare = post("daycare", key, forDaycare, "/api/v1/referrals");

        assertThat(daycare.statusCode()).isEqualTo(201);
        assertThat(daycare.header("Idempotent-Replayed")).isNull();
        assertThat(referralsNamed(forDaycare)).isEqualTo(1);
    }

    @Test
    void errorAnswersAreReplayedToo() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "consent").put("given", false);
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post("coordinator", key, body, "/api/v1/referrals");
        ExtractableResponse<Response> second = post("coordinator", key, body, "/api/v1/referrals");

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.<String>path("type")).endsWith("/consent-missing");
        assertThat(second.contentType()).startsWith("application/problem+json");
    }

    @Test
    void transitionsAreIdempotentAndTheReplayDoesNotMoveAgain() {
        String id = Referrals.create(Referrals.sandplay());
        Referrals.firstContact(id);
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/referrals/" + id + "/accept";
        ExtractableResponse<Response> first = post("coordinator", key, Map.of(), path);
        ExtractableResponse<Response> second = post("coordinator", key, Map.of(), path);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.<String>path("status")).isEqualTo("ACCEPTED");
        // Without the key the same request is a real second attempt and the state machine refuses it.
        Api.as("coordinator").body(Map.of()).post(path).then().statusCode(409);
        Api.as("coordinator").get("/api/v1/referrals/" + id + "/history").then().body("size()", equalTo(3));
    }

    @Test
    void theSameKeyOnAnotherReferralIsReused() {
        String a = Referrals.create(Referrals.sandplay());
        String b = Referrals.create(Referrals.sandplay());
        String key = UUID.randomUUID().toString();
        post("coordinator", key, Map.of("reason", "NO_LONGER_NEEDED"), "/api/v1/referrals/" + a + "/withdraw");

        ExtractableResponse<Response> other = post("coordinator", key, Map.of("reason", "NO_LONGER_NEEDED"),
                "/api/v1/referrals/" + b + "/withdraw");

        assertThat(other.statusCode()).isEqualTo(422);
        Api.as("coordinator").get("/api/v1/referrals/" + b).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void aKeyIsForgottenAfter24Hours() {
        Map<String, Object> body = Referrals.sandplay();
        String key = UUID.randomUUID().toString();
        post("coordinator", key, body, "/api/v1/referrals");
        clock.advance(Duration.ofHours(24).plusMinutes(1));

        int removed = store.removeExpired();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_key where idem_key = ?1").setParameter(1, key).getSingleResult()).longValue());
        assertThat(left).isZero();
    }

    @Test
    void anExpiredKeyMayBeUsedAgainForANewRequest() {
        String key = UUID.randomUUID().toString();
        post("coordinator", key, Referrals.sandplay(), "/api/v1/referrals");
        clock.advance(Duration.ofHours(25));
        Map<String, Object> other = Referrals.sandplay();

        ExtractableResponse<Response> again = post("coordinator", key, other, "/api/v1/referrals");

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void theStoredResponseHoldsNoPersonalDataInClear() {
        Map<String, Object> body = Referrals.sandplay();
        String name = (String) Referrals.part(body, "subject").get("name");
        String key = UUID.randomUUID().toString();
        post("coordinator", key, body, "/api/v1/referrals");

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select response_body from idempotency_key where idem_key = ?1").setParameter(1, key).getSingleResult());

        assertThat(stored).isNotBlank().doesNotContain(name).doesNotContain("Anne");
    }

    @Test
    @InvalidRequestsOnPurpose("an Idempotency-Key longer than the contract allows")
    void aMalformedKeyIsABadRequest() {
        Api.as("coordinator").header("Idempotency-Key", "x".repeat(256)).body(Referrals.sandplay())
                .post("/api/v1/referrals").then().statusCode(400).body("type", endsWith("/validation-failed"));
    }

    @Test
    void anUnauthenticatedRequestWithAKeyIsStill401AndClaimsNothing() {
        String key = UUID.randomUUID().toString();
        Api.anonymous().header("Idempotency-Key", key).body(Referrals.sandplay()).post("/api/v1/referrals")
                .then().statusCode(401).header("Idempotent-Replayed", nullValue());
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_key where idem_key = ?1").setParameter(1, key).getSingleResult()).longValue());
        assertThat(rows).isZero();
    }


    @Test
    void transitionsAddedByOtherFeaturesGetIdempotencyToo() {
        String id = Referrals.accepted(Referrals.sandplay());
        String group = Api.as("coordinator").body(Map.of("name", "Idempotent run", "capacity", 8))
                .post("/api/v1/programmes/sandplay/groups").then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/referrals/" + id + "/placement";

        ExtractableResponse<Response> first = post("coordinator", key, Map.of("groupId", group), path);
        ExtractableResponse<Response> second = post("coordinator", key, Map.of("groupId", group), path);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        Api.as("coordinator").get("/api/v1/groups/" + group).then().statusCode(200).body("occupiedPlaces", equalTo(1));
    }
}
