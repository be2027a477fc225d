package dk.henvis.placement;

import static dk.henvis.placement.Fixtures.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Placement when other transactions hold locks. A full group is refused without waiting for the referral's
 * row. A freed place passes straight to the first free waiting referral without waiting for the group's
 * row, and a waiting referral another transaction holds is passed over, not waited for; if that leaves the
 * place empty, it is filled once the lock is gone.
 */
@QuarkusTest
class PlacementUnderLocksTest {

    @Inject
    DataSource dataSource;

    @Test
    void aPlaceFreedWhileTheWholeWaitingListIsLockedIsFilledWhenTheLockIsReleased() throws Exception {
        String programme = Fixtures.rollingProgramme();
        String group = Fixtures.group(programme, 1);
        String holder = Fixtures.placed(programme, group);
        String waiting = Fixtures.waitlisted(programme, "NORMAL");

        try (Connection otherChange = dataSource.getConnection()) {
            otherChange.setAutoCommit(false);
            lock(otherChange, waiting);

            Fixtures.withdraw(holder).statusCode(200);

            referral(waiting).body("status", equalTo("WAITLISTED"));
            Fixtures.group(group).body("freePlaces", equalTo(1));
            otherChange.rollback();
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            referral(waiting).body("status", equalTo("PLACED")).body("groupId", equalTo(group));
            Fixtures.group(group).body("freePlaces", equalTo(0));
        });
        List<Map<String, Object>> history = Fixtures.history(waiting);
        assertThat(history.get(history.size() - 1))
                .containsEntry("to", "PLACED").containsEntry("actor", "system").containsEntry("reason", AutoPromotion.REASON);
    }

    @Test
    void aFullGroupIsRefusedWithoutWaitingForTheReferralsRow() throws Exception {
        String programme = Fixtures.rollingProgramme();
        String group = Fixtures.group(programme, 1);
        Fixtures.placed(programme, group);
        String contender = Fixtures.accepted(programme);
        ExecutorService client = Executors.newSingleThreadExecutor();

        try (Connection otherChange = dataSource.getConnection()) {
            otherChange.setAutoCommit(false);
            lock(otherChange, contender);
            Future<io.restassured.response.Response> placement = client.submit(() -> Api.as("coordinator")
                    .body(Map.of("groupId", group)).post("/api/v1/referrals/" + contender + "/placement"));
            try {
                var response = placement.get(10, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(409);
                assertThat(response.jsonPath().getString("type")).endsWith("/group-full");
            } finally {
                otherChange.rollback();
            }
        } finally {
            client.shutdownNow();
        }
        referral(contender).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aFreedPlacePassesToTheFirstWaitingReferralWithoutWaitingForTheGroupsRow() throws Exception {
        String programme = Fixtures.rollingProgramme();
        String group = Fixtures.group(programme, 1);
        String holder = Fixtures.placed(programme, group);
        String waiting = Fixtures.waitlisted(programme, "NORMAL");
        ExecutorService client = Executors.newSingleThreadExecutor();

        try (Connection otherChange = dataSource.getConnection()) {
            otherChange.setAutoCommit(false);
            try (PreparedStatement holdGroup = otherChange.prepareStatement(
                    "update programme_group set occupied_places = occupied_places where id = ?")) {
                holdGroup.setObject(1, UUID.fromString(group));
                holdGroup.executeUpdate();
            }
            Future<Integer> withdrawal = client.submit(() -> Fixtures.withdraw(holder).extract().statusCode());
            try {
                assertThat(withdrawal.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            } finally {
                otherChange.rollback();
            }
        } finally {
            client.shutdownNow();
        }

        referral(waiting).body("status", equalTo("PLACED")).body("groupId", equalTo(group));
        Fixtures.group(group).body("occupiedPlaces", equalTo(1)).body("freePlaces", equalTo(0));
    }

    @Test
    void aChangeThatCannotGetTheReferralsRowInTimeIsA409AndChangesNothing() throws Exception {
        String programme = Fixtures.rollingProgramme();
        String group = Fixtures.group(programme, 2);
        String holder = Fixtures.placed(programme, group);
        ExecutorService client = Executors.newSingleThreadExecutor();

        try (Connection otherChange = dataSource.getConnection()) {
            otherChange.setAutoCommit(false);
            lock(otherChange, holder);
            Future<io.restassured.response.Response> withdrawal = client.submit(() -> Api.as("coordinator")
                    .body(Map.of("reason", "NO_LONGER_NEEDED")).post("/api/v1/referrals/" + holder + "/withdraw"));
            try {
                var response = withdrawal.get(30, TimeUnit.SECONDS); // the database gives up after 10 s
                assertThat(response.statusCode()).isEqualTo(409);
                assertThat(response.jsonPath().getString("type")).endsWith("/request-in-progress");
                assertThat(response.asString()).doesNotContain("SQL", "Exception", "select");
            } finally {
                otherChange.rollback();
            }
        } finally {
            client.shutdownNow();
        }
        referral(holder).body("status", equalTo("PLACED"));
        Fixtures.group(group).body("occupiedPlaces", equalTo(1));
    }

    private static void lock(Connection connection, String referral) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("select id from referral where id = ? for update")) {
            select.setObject(1, UUID.fromString(referral));
            select.executeQuery().close();
        }
    }
}
