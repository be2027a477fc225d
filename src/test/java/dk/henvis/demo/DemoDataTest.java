package dk.henvis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With henvis.demo-data.enabled the application starts with a waiting list and a report to look at. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoDataOn.class)
class DemoDataTest {

    @Inject
    DemoData data;
    @Inject
    DemoDataLoader loader;
    @Inject
    EntityManager em;

    public static class DemoDataOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(Map.of("henvis.demo-data.enabled", "true"));
            if (!"pg".equals(System.getProperty("quarkus.test.profile"))) {
                // A database of its own, so the demo set does not mix with the other tests' data.
                overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:henvis-demo;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            }
            return overrides;
        }

        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @BeforeEach
    void waitForTheBackgroundLoad() throws Exception {
        loader.loaded().get(60, TimeUnit.SECONDS);
    }

    @Test
    void theDemoSetHoldsReferralsInEveryStatusWithSessionsAndScores() {
        List<Referral> demo = Referral.list("createdBy", DemoData.ACTOR);
        Set<ReferralStatus> statuses = demo.stream().map(r -> r.status).collect(Collectors.toSet());
        assertThat(statuses).containsExactlyInAnyOrder(ReferralStatus.values());
        assertThat(demo).allSatisfy(r -> {
            assertThat(r.subjectName == null || r.subjectName.startsWith("Demo ")).isTrue();
            assertThat(r.subjectCprEncrypted).isNull();
        });
        assertThat(count("select count(*) from programme_session")).isGreaterThan(10);
        assertThat(count("select count(*) from measurement")).isGreaterThan(5);

        Api.as("coordinator").get("/api/v1/referrals?programme=fonix&status=WAITLISTED").then().statusCode(200)
                .body("totalItems", greaterThan(0));
        Api.as("analyst").get("/api/v1/reports/programmes/tidlig-forebyggelse").then().statusCode(200)
                .body("completed", greaterThan(0)).body("averageStartScore", greaterThan(0f))
                .body("medianDaysReceivedToPlaced", greaterThan(0f));
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = Referral.count("createdBy", DemoData.ACTOR);

        assertThat(data.loadOnce()).isFalse();

        assertThat(Referral.count("createdBy", DemoData.ACTOR)).isEqualTo(before).isGreaterThan(0);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
