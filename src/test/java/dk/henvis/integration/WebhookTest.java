package dk.henvis.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.integration.webhook.SubscriptionRoutes;
import dk.henvis.integration.webhook.WebhookDispatcher;
import dk.henvis.integration.webhook.WebhookSigner;
import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {

    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    MutableClock clock;
    @Inject
    EntityManager em;
    @Inject
    SubscriptionRoutes routes;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> subscriptions = new ArrayList<>();
    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        subscriptions.forEach(id -> Api.as("admin").delete("/api/v1/subscriptions/" + id));
        receivers.forEach(Receiver::close);
        clock.reset();
    }

    private Receiver receiver() {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    /** Creates a subscription and answers {id, secret}. */
    private Map<String, String> subscribe(String user, Receiver receiver, List<String> events, String organisation) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", receiver.url(), "events", events));
        if (organisation != null) {
            body.put("organisation", organisation);
        }
        var created = Api.as(user).body(body).post("/api/v1/subscriptions").then().statusCode(201).extract();
        String id = created.path("id");
        subscriptions.add(id);
        return Map.of("id", id, "secret", created.path("secret"));
    }

    private String deliveryState(String subscriptionId, String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select d.state from webhook_delivery d join outbox_event e on e.id = d.event_id "
                                + "where d.subscription_id = ?1 and e.referral_id = ?2")
                .setParameter(1, java.util.UUID.fromString(subscriptionId))
                .setParameter(2, java.util.UUID.fromString(referralId)).getSingleResult());
    }

    @Test
    void aDeliveryClaimedByAReplicaThatDiedIsSentByAnotherWithin30SecondsWithItsEventId() {
        Receiver receiver = receiver();
        subscribe("admin", receiver, List.of("referral.received"), null);
        String referralId = Referrals.create(Referrals.sandplay());
        // A replica claims the delivery and dies before sending it.
        assertThat(dispatcher.claim(20)).isNotEmpty();
        dispatcher.dispatchDue();
        assertThat(receiver.of(referralId)).isEmpty();
        String eventId = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(id as varchar) from outbox_event where referral_id = ?1")
                .setParameter(1, java.util.UUID.fromString(referralId)).getSingleResult().toString());

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDue();

        assertThat(receiver.of(referralId)).hasSize(1);
        assertThat(receiver.of(referralId).get(0).header(WebhookSigner.EVENT_ID)).isEqualTo(eventId);
    }

    @Test
    void aDeliveryIsSignedWithHmacSha256OverTimestampAndBodyAndCarriesNoPersonalData() throws Exception {
        Receiver receiver = receiver();
        Map<String, String> sub = subscribe("admin", receiver, List.of("referral.received"), null);
        Map<String, Object> body = Referrals.sandplay();
        String referralId = Referrals.create(body);

        dispatcher.dispatchDue();

        assertThat(receiver.of(referralId)).hasSize(1);
        Receiver.Received got = receiver.of(referralId).get(0);
        long timestamp = Long.parseLong(got.header(WebhookSigner.TIMESTAMP));
        assertThat(WebhookSigner.verify(sub.get("secret"), timestamp, got.body(), got.header(WebhookSigner.SIGNATURE))).isTrue();
        assertThat(WebhookSigner.verify(sub.get("secret"), timestamp + 1, got.body(), got.header(WebhookSigner.SIGNATURE))).isFalse();
        assertThat(WebhookSigner.verify("whsec_wrong", timestamp, got.body(), got.header(WebhookSigner.SIGNATURE))).isFalse();
        // The recipe in the README, done by hand: hex HMAC-SHA256 over "<timestamp>.<body>".
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(sub.get("secret").getBytes(), "HmacSHA256"));
        String expected = "v1=" + java.util.HexFormat.of().formatHex(mac.doFinal((timestamp + "." + got.body()).getBytes()));
        assertThat(got.header(WebhookSigner.SIGNATURE)).isEqualTo(expected);

        JsonNode event = json.readTree(got.body());
        assertThat(event.get("type").asText()).isEqualTo("referral.received");
        assertThat(event.get("id").asText()).isEqualTo(got.header(WebhookSigner.EVENT_ID));
        assertThat(event.at("/data/referralId").asText()).isEqualTo(referralId);
        assertThat(event.at("/data/programmeCode").asText()).isEqualTo("sandplay");
        assertThat(event.at("/data/status").asText()).isEqualTo("RECEIVED");
        String subjectName = (String) Referrals.part(body, "subject").get("name");
        assertThat(got.body()).doesNotContain(subjectName).doesNotContain("Anne").doesNotContain("Børnehuset")
                .doesNotContain("birth");
        assertThat(deliveryState(sub.get("id"), referralId)).isEqualTo("DELIVERED");
    }

    @Test
    void aStatusChangeIsAnEventWithTheNewAndPreviousStatus() throws Exception {
        Receiver receiver = receiver();
        subscribe("admin", receiver, List.of("referral.status-changed"), null);
        String referralId = Referrals.create(Referrals.sandplay());
        Referrals.firstContact(referralId);

        dispatcher.dispatchDue();

        assertThat(receiver.of(referralId)).hasSize(1);
        JsonNode event = json.readTree(receiver.of(referralId).get(0).body());
        assertThat(event.get("type").asText()).isEqualTo("referral.status-changed");
        assertThat(event.at("/data/status").asText()).isEqualTo("IN_ASSESSMENT");
        assertThat(event.at("/data/previousStatus").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffWithTheSameEventIdUntilItAccepts() {
        Receiver receiver = receiver().answering(500, 503);
        Map<String, String> sub = subscribe("admin", receiver, List.of("referral.received"), null);
        String referralId = Referrals.create(Referrals.sandplay());

        dispatcher.dispatchDue();
        assertThat(receiver.of(referralId)).hasSize(1);
        assertThat(deliveryState(sub.get("id"), referralId)).isEqualTo("PENDING");

        dispatcher.dispatchDue(); // not due yet: the first retry waits 10 s
        assertThat(receiver.of(referralId)).hasSize(1);

        clock.advance(Duration.ofSeconds(11));
        dispatcher.dispatchDue();
        assertThat(receiver.of(referralId)).hasSize(2);

        clock.advance(Duration.ofSeconds(11)); // the second retry waits 20 s
        dispatcher.dispatchDue();
        assertThat(receiver.of(referralId)).hasSize(2);

        clock.advance(Duration.ofSeconds(10));
        dispatcher.dispatchDue();
        List<Receiver.Received> attempts = receiver.of(referralId);
        assertThat(attempts).hasSize(3);
        assertThat(attempts.stream().map(r -> r.header(WebhookSigner.EVENT_ID)).distinct()).hasSize(1);
        assertThat(deliveryState(sub.get("id"), referralId)).isEqualTo("DELIVERED");
    }

    @Test
    void aReceiverThatNeverAcceptsIsGivenUpAfter24HoursAndListedAsFailed() {
        Receiver receiver = receiver().alwaysAnswering(500);
        Map<String, String> sub = subscribe("admin", receiver, List.of("referral.received"), null);
        String referralId = Referrals.create(Referrals.sandplay());

        dispatcher.dispatchDue();
        for (int hour = 1; hour <= 25; hour++) {
            clock.advance(Duration.ofHours(1));
            dispatcher.dispatchDue();
        }

        assertThat(deliveryState(sub.get("id"), referralId)).isEqualTo("FAILED");
        int attempts = receiver.of(referralId).size();
        clock.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertThat(receiver.of(referralId)).hasSize(attempts);
        Api.as("admin").queryParam("state", "FAILED").get("/api/v1/subscriptions/" + sub.get("id") + "/deliveries")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].state", equalTo("FAILED"))
                .body("items[0].eventType", equalTo("referral.received"))
                .body("items[0].lastStatusCode", equalTo(500))
                .body("items[0].attempts", equalTo(attempts));
    }

    @Test
    void anOrganisationFilteredSubscriptionGetsOnlyThatOrganisationsReferrals() {
        Receiver receiver = receiver();
        subscribe("integration", receiver, List.of("referral.received"), "Nordskolen");
        String fromSchool = Referrals.create(Referrals.tidligForebyggelse());
        String fromDaycare = Referrals.create(Referrals.sandplay());

        dispatcher.dispatchDue();

        assertThat(receiver.of(fromSchool)).hasSize(1);
        assertThat(receiver.of(fromDaycare)).isEmpty();
    }

    @Test
    void aRefusedChangeWritesNoEvent() {
        String referralId = Referrals.create(Referrals.sandplay());
        Api.as("coordinator").body(Map.of("reason", "NO_LONGER_NEEDED"))
                .post("/api/v1/referrals/" + referralId + "/withdraw").then().statusCode(200);
        long before = events(referralId);

        Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + referralId + "/accept").then().statusCode(409);

        assertThat(events(referralId)).isEqualTo(before);
    }

    @Test
    void twoDispatchersRunningTogetherSendEachEventOnce() throws Exception {
        Receiver receiver = receiver();
        subscribe("admin", receiver, List.of("referral.received"), null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(Referrals.create(Referrals.sandplay()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(dispatcher::dispatchDue, dispatcher::dispatchDue);
            for (Future<Integer> f : pool.invokeAll(both)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        Map<String, Long> perEvent = receiver.received.stream()
                .collect(Collectors.groupingBy(r -> r.header(WebhookSigner.EVENT_ID), Collectors.counting()));
        assertThat(perEvent.values()).allMatch(n -> n == 1);
        ids.forEach(id -> assertThat(receiver.of(id)).hasSize(1));
    }

    @Test
    void theSecretIsGivenOnceOnCreationAndNeverAgain() {
        Receiver receiver = receiver();
        Map<String, String> sub = subscribe("integration", receiver, List.of("group.place-freed"), null);

        assertThat(sub.get("secret")).startsWith("whsec_");
        Api.as("integration").get("/api/v1/subscriptions/" + sub.get("id")).then().statusCode(200)
                .body("secret", nullValue()).body("events", equalTo(List.of("group.place-freed")));
        Api.as("integration").get("/api/v1/subscriptions").then().statusCode(200).body("items.secret", org.hamcrest.Matchers.everyItem(nullValue()));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select secret_encrypted from webhook_subscription where id = ?1")
                .setParameter(1, java.util.UUID.fromString(sub.get("id"))).getSingleResult());
        assertThat(stored).doesNotContain(sub.get("secret"));
    }

    @Test
    void onlyAdminAndIntegrationManageSubscriptionsAndEachIntegrationSeesOnlyItsOwn() {
        Receiver receiver = receiver();
        Map<String, String> byAdmin = subscribe("admin", receiver, List.of("referral.received"), null);

        Api.as("coordinator").body(Map.of("url", receiver.url(), "events", List.of("referral.received")))
                .post("/api/v1/subscriptions").then().statusCode(403).body("type", endsWith("/forbidden"));
        Api.as("integration").get("/api/v1/subscriptions/" + byAdmin.get("id")).then().statusCode(404);
        Api.as("integration").delete("/api/v1/subscriptions/" + byAdmin.get("id")).then().statusCode(404);
        Api.as("admin").get("/api/v1/subscriptions/" + byAdmin.get("id")).then().statusCode(200);
    }

    @Test
    @InvalidRequestsOnPurpose("an event type the contract does not know, to see it refused")
    void anUnknownEventTypeOrABadUrlIsABadRequest() {
        Api.as("admin").body(Map.of("url", "http://127.0.0.1:1/hook", "events", List.of("referral.deleted")))
                .post("/api/v1/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("events"));
        Api.as("admin").body(Map.of("url", "ftp://example.org/hook", "events", List.of("referral.received")))
                .post("/api/v1/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("url"));
        Api.as("admin").body(Map.of("url", "https://user:pw@example.org/hook", "events", List.of("referral.received")))
                .post("/api/v1/subscriptions").then().statusCode(400).body("type", endsWith("/validation-failed"));
    }

    @InvalidRequestsOnPurpose("URLs the contract's pattern refuses")
    @Test
    void aUrlWithAnImpossiblePortASurroundingSpaceOrUnencodedNonAsciiIsABadRequestNamingUrl() {
        long before = ((Number) Api.as("admin").get("/api/v1/subscriptions").then().statusCode(200)
                .extract().path("totalItems")).longValue();
        for (String url : List.of("http://127.0.0.1:99999/", "http://127.0.0.1:0/hook", " http://127.0.0.1:1/hook",
                "http://127.0.0.1:1/hook ", "http://127.0.0.1:1/børn", "http://127.0.0.1:1/a b")) {
            Api.as("admin").body(Map.of("url", url, "events", List.of("referral.received")))
                    .post("/api/v1/subscriptions").then().statusCode(400)
                    .body("type", endsWith("/validation-failed")).body("errors[0].field", equalTo("url"));
        }
        assertThat(((Number) Api.as("admin").get("/api/v1/subscriptions").then().extract().path("totalItems"))
                .longValue()).isEqualTo(before);
        subscriptions.add(Api.as("admin").body(Map.of("url", "http://127.0.0.1:65535/b%C3%B8rn",
                "events", List.of("referral.received"))).post("/api/v1/subscriptions").then().statusCode(201)
                .body("url", equalTo("http://127.0.0.1:65535/b%C3%B8rn")).extract().path("id"));
    }

    @Test
    void aDeletedSubscriptionGetsNothingMoreAndItsPendingDeliveriesAreGivenUp() {
        Receiver receiver = receiver();
        Map<String, String> sub = subscribe("admin", receiver, List.of("referral.received"), null);
        String referralId = Referrals.create(Referrals.sandplay());

        Api.as("admin").delete("/api/v1/subscriptions/" + sub.get("id")).then().statusCode(204);
        dispatcher.dispatchDue();

        assertThat(receiver.of(referralId)).isEmpty();
        assertThat(deliveryState(sub.get("id"), referralId)).isEqualTo("FAILED");
        Api.as("admin").get("/api/v1/subscriptions/" + sub.get("id")).then().statusCode(404)
                .body("type", startsWith("https://"));
    }

    @Test
    void routesCachedByAnEarlierEventStillReachASubscriptionCreatedOrDeletedOnThisReplicaAtOnce() {
        Referrals.create(Referrals.sandplay()); // caches the routes as they are now
        Receiver receiver = receiver();
        Map<String, String> sub = subscribe("admin", receiver, List.of("referral.received"), null);
        String afterCreation = Referrals.create(Referrals.sandplay());
        assertThat(deliveryState(sub.get("id"), afterCreation)).isEqualTo("PENDING");

        Api.as("admin").delete("/api/v1/subscriptions/" + sub.get("id")).then().statusCode(204);
        String afterDeletion = Referrals.create(Referrals.sandplay());
        assertThat(deliveries(sub.get("id"), afterDeletion)).isZero();
    }

    @Test
    void theRoutesAreReadOnceAndThenServedFromMemoryToTheNextEvents() {
        routes.changed(); // a fresh read, so that the copy cannot expire between the two calls
        List<SubscriptionRoutes.Route> first = QuarkusTransaction.requiringNew().call(routes::active);
        List<SubscriptionRoutes.Route> second = QuarkusTransaction.requiringNew().call(routes::active);
        assertThat(second).isSameAs(first);
    }

    private long deliveries(String subscriptionId, String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from webhook_delivery d join outbox_event e on e.id = d.event_id "
                                + "where d.subscription_id = ?1 and e.referral_id = ?2")
                .setParameter(1, java.util.UUID.fromString(subscriptionId))
                .setParameter(2, java.util.UUID.fromString(referralId)).getSingleResult()).longValue());
    }

    private long events(String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where referral_id = ?1")
                .setParameter(1, java.util.UUID.fromString(referralId)).getSingleResult()).longValue());
    }
}
