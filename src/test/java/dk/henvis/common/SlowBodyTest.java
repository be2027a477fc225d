package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.SlowClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The test profile reads bodies within 2 s (henvis.http.body-read-timeout) and has 8 worker threads. */
@QuarkusTest
class SlowBodyTest {

    @TestHTTPResource("/")
    URL root;

    private final HttpClient http = HttpClient.newHttpClient();

    private SlowClient slowClient() throws Exception {
        return SlowClient.start(root.getHost(), root.getPort(), "/api/v1/referrals", basic("coordinator"));
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsAnsweredWithARequestTimeoutProblem() throws Exception {
        long started = System.nanoTime();
        try (SlowClient client = slowClient()) {
            String answer = client.answer();

            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).contains("application/problem+json").contains("/problems/request-timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aWholeBodyFromAClientThatOffersHttp2IsReadAndAnswered() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.toURI().resolve("/api/v1/referrals"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic("coordinator"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("/problems/validation-failed");
    }

    @Test
    void aClientThatGoesAwayInTheMiddleOfItsBodyIsNoIncident() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            try (SlowClient client = slowClient()) {
                Thread.sleep(300);
            }
            Thread.sleep(500);
            // The server is still fine and logged no error about it.
            assertThat(get("/q/health/ready", null)).isEqualTo(200);
            assertThat(errors).isEmpty();
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void twelveClientsTricklingTheirBodiesLeaveHealthAndTheApiAnsweringWithinASecond() throws Exception {
        // Warmed up first, so that only the server's answer is timed.
        get("/q/health/ready", null);
        get("/api/v1/programmes", "coordinator");
        List<SlowClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                clients.add(slowClient());
            }
            Thread.sleep(300); // every slow request has been taken in

            long started = System.nanoTime();
            assertThat(get("/q/health/ready", null)).isEqualTo(200);
            long ready = elapsedMillis(started);
            started = System.nanoTime();
            assertThat(get("/api/v1/programmes", "coordinator")).isEqualTo(200);
            long programmes = elapsedMillis(started);

            assertThat(ready).isLessThan(1000);
            assertThat(programmes).isLessThan(1000);
        } finally {
            for (SlowClient client : clients) {
                client.close();
            }
        }
    }

    private int get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.toURI().resolve(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static long elapsedMillis(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
