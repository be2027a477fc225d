package dk.henvis.places;

import static dk.henvis.places.Fixtures.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    private static final String REFERRAL_ROW = "select id from referral where id = ? for update";
    private static final String GROUP_ROW = "update programme_group set occupied_places = occupied_places where id = ?";

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
            hold(otherChange, REFERRAL_ROW, waiting);

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

        Response response = whileHolding(REFERRAL_ROW, contender, Duration.ofSeconds(10), () -> Api.as("coordinator")
                .body(Map.of("groupId", group)).post("/api/v1/referrals/" + contender + "/placement"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.jsonPath().getString("type")).endsWith("/group-full");
        referral(contender).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aFreedPlacePassesToTheFirstWaitingReferralWithoutWaitingForTheGroupsRow() throws Exception {
        String programme = Fixtures.rollingProgramme();
        String group = Fixtures.group(programme, 1);
        String holder = Fixtures.placed(programme, group);
        String waiting = Fixtures.waitlisted(programme, "NORMAL");

        int withdrawal = whileHolding(GROUP_ROW, group, Duration.ofSeconds(10),
                () -> Fixtures.withdraw(holder).extract().statusCode());

        assertThat(withdrawal).isEqualTo(200);
        referral(waiting).body("status", equalTo("PLACED")).body("groupId", equalTo(group));
        Fixtures.group(group).body("occupiedPlaces", equalTo(1)).body("freePlaces", equalTo(0));
    }

    @Test
    void aChangeThatCannotGetTheReferralsRowInTimeIsA409AndChangesNothing() throws Exception {
        String programme = Fixtures.rollingProgramme();
        String group = Fixtures.group(programme, 2);
        String holder = Fixtures.placed(programme, group);

        // The database gives up after 10 s.
        Response response = whileHolding(REFERRAL_ROW, holder, Duration.ofSeconds(30), () -> Api.as("coordinator")
                .body(Map.of("reason", "NO_LONGER_NEEDED")).post("/api/v1/referrals/" + holder + "/withdraw"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.jsonPath().getString("type")).endsWith("/request-in-progress");
        assertThat(response.asString()).doesNotContain("SQL", "Exception", "select");
        referral(holder).body("status", equalTo("PLACED"));
        Fixtures.group(group).body("occupiedPlaces", equalTo(1));
    }

    /**
     * Sends the request from another thread while a transaction of this test holds the row that
     * {@code rowLock} locks, and waits at most {@code wait} for the answer; the row is released afterwards.
     */
    private <T> T whileHolding(String rowLock, String id, Duration wait, Callable<T> request) throws Exception {
        ExecutorService client = Executors.newSingleThreadExecutor();
        try (Connection otherChange = dataSource.getConnection()) {
            otherChange.setAutoCommit(false);
            hold(otherChange, rowLock, id);
            try {
                return client.submit(request).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                otherChange.rollback();
            }
        } finally {
            client.shutdownNow();
        }
    }

    private static void hold(Connection connection, String rowLock, String id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(rowLock)) {
            statement.setObject(1, UUID.fromString(id));
            statement.execute();
        }
    }
}
