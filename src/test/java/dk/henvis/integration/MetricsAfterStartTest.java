package dk.henvis.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A freshly started instance with the production refresh schedule, nobody calling the refresh by hand. */
@QuarkusTest
@TestProfile(MetricsAfterStartTest.ProductionRefresh.class)
class MetricsAfterStartTest {

    static final Duration REFRESH_PERIOD = Duration.ofSeconds(30);

    public static class ProductionRefresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("henvis.integration.metrics.refresh-every", REFRESH_PERIOD.toSeconds() + "s");
        }
    }

    @Test
    void theBusinessGaugesArePublishedWithinOneRefreshPeriodOfAStart() {
        // Waiting list and free places have a series for every programme even on an empty database (the
        // referral counts only for statuses that occur); all three come from the same refresh.
        Awaitility.await().atMost(REFRESH_PERIOD).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            for (String gauge : List.of("henvis_waiting_list_length{programme=\"fonix\"}",
                    "henvis_free_places{programme=\"fonix\"}")) {
                assertThat(metrics).contains(gauge);
            }
        });
    }
}
