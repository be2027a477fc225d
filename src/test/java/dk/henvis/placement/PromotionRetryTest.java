package dk.henvis.placement;

import static dk.henvis.placement.Fixtures.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Promotion passes over a waiting referral that another transaction holds locked (it never waits for it
 * while holding the group). When that leaves a freed place empty, the place is filled once the lock is gone.
 */
@QuarkusTest
class PromotionRetryTest {

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

    private static void lock(Connection connection, String referral) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("select id from referral where id = ? for update")) {
            select.setObject(1, UUID.fromString(referral));
            select.executeQuery().close();
        }
    }
}
