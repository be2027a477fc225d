package dk.henvis.places;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Race;
import dk.henvis.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Capacity under concurrency, through the HTTP API and checked in the database. Runs on H2 in
 * ./mvnw verify and on PostgreSQL in ./mvnw verify -Ppostgres.
 */
@QuarkusTest
class PlacementConcurrencyTest {

    private static final int THREADS = 32;

    @Inject
    DataSource dataSource;

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void twoHundredConcurrentPlacementsIntoEightPlacesGiveExactlyEightAndOneHundredNinetyTwoGroupFull() throws Exception {
        String programme = Fixtures.rollingProgramme();
        String group = Fixtures.group(programme, 8);
        List<String> referrals = race(200, i -> Fixtures.accepted(programme));

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        race(referrals.size(), i -> {
            var response = Api.as("coordinator").body(Map.of("groupId", group))
                    .post("/api/v1/referrals/" + referrals.get(i) + "/placement");
            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (response.statusCode() == 409) {
                problems.add(response.jsonPath().getString("type"));
            }
            return response.statusCode();
        });

        assertThat(statuses.keySet()).containsExactlyInAnyOrder(200, 409);
        assertThat(statuses.get(200).get()).isEqualTo(8);
        assertThat(statuses.get(409).get()).isEqualTo(192);
        assertThat(problems).allMatch(type -> type.endsWith("/group-full"));
        assertThat(count("select count(*) from referral where group_id = ? and status = 'PLACED'", group)).isEqualTo(8);
        assertThat(count("select count(*) from referral where programme_code = ? and status = 'PLACED'", programme)).isEqualTo(8);
        assertThat(count("select occupied_places from programme_group where id = ?", group)).isEqualTo(8);
        assertThat(count("select count(*) from referral_status_change c join referral r on r.id = c.referral_id "
                + "where r.programme_code = ? and c.to_status = 'PLACED'", programme)).isEqualTo(8);
    }

    @Test
    void concurrentFreesPromotionsMovesAndPlacementsNeverExceedCapacityNorPlaceAReferralTwice() throws Exception {
        String programme = Fixtures.rollingProgramme();
        List<String> groups = List.of(Fixtures.group(programme, 5), Fixtures.group(programme, 5));
        List<String> holders = race(10, i -> Fixtures.placed(programme, groups.get(i % 2)));
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            waiting.add(Fixtures.waitlisted(programme, i % 5 == 0 ? "HIGH" : "NORMAL"));
        }

        // Frees (withdrawals) feed promotions while coordinators place waitlisted referrals by hand and
        // move the holders between the two groups in both directions.
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            String holder = holders.get(i);
            String otherGroup = groups.get((i + 1) % 2);
            work.add(() -> Api.as("coordinator").body(Map.of("groupId", otherGroup))
                    .post("/api/v1/referrals/" + holder + "/placement").statusCode());
            work.add(() -> Fixtures.withdraw(holder).extract().statusCode());
        }
        for (int i = 0; i < waiting.size(); i++) {
            String referral = waiting.get(i);
            String group = groups.get(i % 2);
            work.add(() -> Api.as("coordinator").body(Map.of("groupId", group))
                    .post("/api/v1/referrals/" + referral + "/placement").statusCode());
        }
        Collections.shuffle(work, new java.util.Random(42));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> task : work) {
            futures.add(pool.submit(() -> {
                start.await();
                int status = task.call();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                return status;
            }));
        }
        start.countDown();
        for (Future<Integer> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        // Only answers the rules allow: done, group-full/invalid-transition, or a move of a withdrawn holder.
        assertThat(statuses.keySet()).isSubsetOf(200, 409, 422);
        for (String group : groups) {
            long held = count("select count(*) from referral where group_id = ? and status in ('PLACED', 'IN_PROGRESS')", group);
            long occupied = count("select occupied_places from programme_group where id = ?", group);
            assertThat(held).as("places held in the group").isLessThanOrEqualTo(5).isEqualTo(occupied);
        }
        // All ten holders were withdrawn and 40 waited: every freed place is filled again, in the freeing
        // transaction or, where the whole list was locked by hand placements at that moment, just after it.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String group : groups) {
                assertThat(count("select occupied_places from programme_group where id = ?", group))
                        .as("the waiting list refilled every freed place").isEqualTo(5);
                assertThat(count("select count(*) from referral where group_id = ? and status = 'PLACED'", group))
                        .isEqualTo(5);
            }
        });
        assertThat(count("select count(*) from referral where programme_code = ? and status = 'PLACED'", programme))
                .isEqualTo(10);
        assertThat(count("select count(*) from referral where programme_code = ? and status = 'WAITLISTED'", programme))
                .isEqualTo(30);
        // Nobody was placed twice: one entry into PLACED per referral, moves aside, and no history gap.
        assertThat(count("select count(*) from (select c.referral_id from referral_status_change c join referral r "
                + "on r.id = c.referral_id where r.programme_code = ? and c.to_status = 'PLACED' "
                + "and (c.reason is null or c.reason <> 'MOVED') group by c.referral_id having count(*) > 1) twice",
                programme)).isZero();
        assertThat(count("select count(*) from referral r where r.programme_code = ? and r.status_changes <> "
                + "(select count(*) from referral_status_change c where c.referral_id = r.id)", programme)).isZero();
        for (String holder : holders) {
            Fixtures.referral(holder).body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
        }
    }

    private <T> List<T> race(int n, Race.Task<T> task) throws Exception {
        return Race.all(pool, n, Duration.ofSeconds(60), task);
    }

    private long count(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sql.contains("programme_code = ?")) {
                statement.setString(1, id);
            } else {
                statement.setObject(1, UUID.fromString(id));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

}
