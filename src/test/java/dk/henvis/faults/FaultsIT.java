package dk.henvis.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.support.Cprs;
import dk.henvis.support.PackagedInstances;
import dk.henvis.support.Referrals;
import dk.henvis.support.SlowClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two packaged instances on one PostgreSQL database, hurt on purpose: slow bodies, the database out of
 * reach (instance B reaches it through a proxy the test stops), kill -9 in the middle of an idempotent
 * request, SIGTERM with requests in flight. Each time: what was acknowledged is stored, and none twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static PackagedInstances instances;
    private static PackagedInstances.Instance a;
    private static PackagedInstances.Instance b;
    private static TcpProxy proxy;
    private static SlowCaseRegistry registry;
    private static String coordinator;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Matcher db = Pattern.compile("jdbc:postgresql://([^:/]+):?(\\d*)/(.+)").matcher(PackagedInstances.dbUrl());
        assertThat(db.matches()).as("a PostgreSQL URL").isTrue();
        proxy = new TcpProxy(db.group(1), db.group(2).isEmpty() ? 5432 : Integer.parseInt(db.group(2)));
        registry = new SlowCaseRegistry();
        instances = new PackagedInstances("faults");
        coordinator = instances.token("it-coordinator", "COORDINATOR");
        Map<String, String> common = PackagedInstances.settings(
                "HENVIS_CASE_REGISTRY_URL", registry.url(), "HENVIS_CASE_REGISTRY_TIMEOUT_MS", "8000",
                "HENVIS_BODY_READ_TIMEOUT", "3s", "HENVIS_SHUTDOWN_DELAY", "2s", "HENVIS_SHUTDOWN_TIMEOUT", "15s");
        a = instances.start(common);
        Map<String, String> throughProxy = PackagedInstances.settings();
        throughProxy.putAll(common);
        throughProxy.put("HENVIS_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.group(3));
        b = instances.start(throughProxy);
    }

    @AfterAll
    static void stop() throws IOException {
        if (instances != null) {
            instances.close();
        }
        if (registry != null) {
            registry.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @Order(1)
    void twelveClientsTricklingTheirBodiesLeaveReadinessAndTheApiAnsweringWithinASecond() throws Exception {
        get(a, "/q/health/ready");
        get(a, "/api/v1/programmes");
        List<SlowClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                clients.add(SlowClient.start("127.0.0.1", a.port(), "/api/v1/referrals", "Bearer " + coordinator));
            }
            Thread.sleep(300);

            long started = System.nanoTime();
            assertThat(get(a, "/q/health/ready").statusCode()).isEqualTo(200);
            assertThat(millisSince(started)).isLessThan(1000);
            started = System.nanoTime();
            assertThat(get(a, "/api/v1/programmes").statusCode()).isEqualTo(200);
            assertThat(millisSince(started)).isLessThan(1000);
            assertThat(clients.get(0).answer()).startsWith("HTTP/1.1 408").contains("/problems/request-timeout");
        } finally {
            for (SlowClient client : clients) {
                client.close();
            }
        }
        assertThat(a.logText()).doesNotContain("ERROR");
    }

    @Test
    @Order(2)
    void withTheDatabaseOutOfReachEveryAnswerIsA503ProblemAndTheFirstRequestAfterItSucceeds() throws Exception {
        assertThat(post(b, referral(), UUID.randomUUID().toString()).statusCode()).isEqualTo(201);
        proxy.stop();
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(CompletableFuture.supplyAsync(() -> unchecked(() -> get(b, "/api/v1/programmes"))));
                sent.add(CompletableFuture.supplyAsync(() -> unchecked(() -> get(b, "/api/v1/referrals"))));
                Map<String, Object> body = referral();
                sent.add(CompletableFuture.supplyAsync(() -> unchecked(() -> post(b, body, UUID.randomUUID().toString()))));
            }
            for (CompletableFuture<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(get(b, "/q/health/ready").statusCode()).isEqualTo(503);
        } finally {
            proxy.start();
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("/problems/service-unavailable");
        });
        Map<String, Object> after = referral();
        assertThat(post(b, after, UUID.randomUUID().toString()).statusCode()).isEqualTo(201);
        assertThat(stored(after)).isEqualTo(1);
        String log = b.logText();
        assertThat(occurrences(log, "Database unreachable")).isEqualTo(1);
        assertThat(log).doesNotContain("ERROR");
    }

    @Test
    @Order(3)
    void aRetryOnTheOtherInstanceAfterKillNineMidTransactionGetsItsAnswerAtOnceAndOneReferralIsStored() throws Exception {
        registry.pause(3000);
        Map<String, Object> body = referralWithCpr();
        String key = UUID.randomUUID().toString();
        int askedBefore = registry.asked();
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> unchecked(() -> post(a, body, key)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> registry.asked() > askedBefore);
        a.kill();
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(IOException.class);

        long started = System.nanoTime();
        HttpResponse<String> retry = post(b, body, key);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(millisSince(started)).as("the case registry's pause and the work, no key left blocked")
                .isLessThan(8000);
        assertThat(stored(body)).isEqualTo(1);
        HttpResponse<String> again = post(b, body, key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(stored(body)).isEqualTo(1);
        registry.pause(0);
        a.restart();
    }

    @Test
    @Order(4)
    void onSigtermTheFourRequestsInFlightAreAnsweredAndReadinessTurnsDownBeforeThePortCloses() throws Exception {
        registry.pause(2000);
        List<Map<String, Object>> bodies = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        int askedBefore = registry.asked();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> body = referralWithCpr();
            bodies.add(body);
            inFlight.add(CompletableFuture.supplyAsync(() -> unchecked(() -> post(a, body, UUID.randomUUID().toString()))));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> registry.asked() >= askedBefore + 4);
        a.terminate();
        List<Integer> readiness = new ArrayList<>();
        while (true) {
            try {
                readiness.add(get(a, "/q/health/ready").statusCode());
            } catch (IOException refused) {
                break;
            }
            Thread.sleep(50);
        }

        for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
            assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        }
        for (Map<String, Object> body : bodies) {
            assertThat(stored(body)).isEqualTo(1);
        }
        assertThat(readiness).as("readiness answers before the port closed").contains(503);
        assertThat(a.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(a.logText()).doesNotContain("EntityManagerFactory is closed");
        registry.pause(0);
    }

    private static Map<String, Object> referral() {
        return Referrals.tidligForebyggelse();
    }

    private static Map<String, Object> referralWithCpr() {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        Map<String, Object> subject = Referrals.part(body, "subject");
        subject.put("cpr", Cprs.forBirthDate((String) subject.get("birthDate")));
        return body;
    }

    private static long stored(Map<String, Object> body) throws Exception {
        return PackagedInstances.count("select count(*) from referral where subject_name = ?",
                Referrals.part(body, "subject").get("name"));
    }

    private static HttpResponse<String> get(PackagedInstances.Instance instance, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(instance.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + coordinator).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(PackagedInstances.Instance instance, Map<String, Object> body, String key)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(instance.base() + "/api/v1/referrals"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + coordinator).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
