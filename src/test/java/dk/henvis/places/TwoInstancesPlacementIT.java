package dk.henvis.places;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;


import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import dk.henvis.support.PackagedInstances;
import dk.henvis.support.Race;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service (target/quarkus-app/quarkus-run.jar, the prod build) against one
 * PostgreSQL database, raced through both: capacity still holds exactly. Runs in the integration-test
 * phase of ./mvnw verify -Ppostgres only (maven-failsafe-plugin in the postgres profile), on the database
 * of HENVIS_TEST_DB_URL. Sign-in is the production one: OIDC bearer tokens, verified locally with a key
 * pair made for this run, so nothing needs the network.
 */
class TwoInstancesPlacementIT {

    private static final int CAPACITY = 8;
    private static final int REFERRALS = 120;
    private static final String ZONE = "Europe/Copenhagen";

    private static PackagedInstances instances;
    private static final List<PackagedInstances.Instance> RUNNING = new ArrayList<>();
    private static String coordinator;
    private static String admin;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = new PackagedInstances("two-instances");
        coordinator = instances.token("it-coordinator", "COORDINATOR");
        admin = instances.token("it-admin", "ADMIN");
        // One after the other, so that only one of them runs the migrations (if any are due).
        for (int i = 0; i < 2; i++) {
            RUNNING.add(instances.start(Map.of()));
        }
    }

    @AfterAll
    static void stopInstances() {
        instances.close();
    }

    @Test
    void placementsRacedThroughTwoInstancesFillTheGroupExactlyAndFreedPlacesAreRefilledOnce() throws Exception {
        String programme = programme();
        String group = as(coordinator, 0).body(Map.of("name", "To instanser", "capacity", CAPACITY))
                .post("/api/v1/programmes/" + programme + "/groups").then().statusCode(201).extract().path("id");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<String> referrals = race(pool, REFERRALS, i -> as(coordinator, i % 2).body(referral(programme))
                    .post("/api/v1/referrals").then().statusCode(201).extract().path("id"));

            Map<Integer, AtomicInteger> placements = new ConcurrentHashMap<>();
            race(pool, REFERRALS, i -> {
                int status = as(coordinator, i % 2).body(Map.of("groupId", group))
                        .post("/api/v1/referrals/" + referrals.get(i) + "/placement").statusCode();
                placements.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                return status;
            });
            assertThat(placements.keySet()).containsExactlyInAnyOrder(200, 409);
            assertThat(placements.get(200).get()).isEqualTo(CAPACITY);
            assertThat(placements.get(409).get()).isEqualTo(REFERRALS - CAPACITY);
            assertThat(count("select count(*) from referral where group_id = ? and status = 'PLACED'", group))
                    .isEqualTo(CAPACITY);
            assertThat(count("select occupied_places from programme_group where id = ?", group)).isEqualTo(CAPACITY);

            // The rest wait; the eight holders leave through both instances while coordinators race the
            // waitlisted for the freed places by hand: every freed place is refilled once, never more.
            List<String> placed = new ArrayList<>();
            List<String> waiting = new ArrayList<>();
            for (String id : referrals) {
                String status = as(coordinator, 0).get("/api/v1/referrals/" + id).then().extract().path("status");
                (status.equals("PLACED") ? placed : waiting).add(id);
            }
            race(pool, waiting.size(), i -> as(coordinator, i % 2).body(Map.of())
                    .post("/api/v1/referrals/" + waiting.get(i) + "/waitlist").then().statusCode(200).extract().statusCode());
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < placed.size(); i++) {
                String holder = placed.get(i);
                int instance = i % 2;
                work.add(() -> as(coordinator, instance).body(Map.of("reason", "NO_LONGER_NEEDED"))
                        .post("/api/v1/referrals/" + holder + "/withdraw").statusCode());
            }
            for (int i = 0; i < 40; i++) {
                String candidate = waiting.get(waiting.size() - 1 - i);
                int instance = i % 2;
                work.add(() -> as(coordinator, instance).body(Map.of("groupId", group))
                        .post("/api/v1/referrals/" + candidate + "/placement").statusCode());
            }
            java.util.Collections.shuffle(work, new java.util.Random(7));
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            race(pool, work.size(), i -> {
                int status = work.get(i).call();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                return status;
            });
            assertThat(statuses.keySet()).isSubsetOf(200, 409);
            assertThat(statuses.get(200).get()).as("eight withdrawals, at least").isGreaterThanOrEqualTo(CAPACITY);
            assertThat(count("select count(*) from referral where group_id = ? and status = 'PLACED'", group))
                    .isEqualTo(CAPACITY);
            assertThat(count("select occupied_places from programme_group where id = ?", group)).isEqualTo(CAPACITY);
            assertThat(count("select count(*) from (select c.referral_id from referral_status_change c join referral r "
                    + "on r.id = c.referral_id where r.programme_code = ? and c.to_status = 'PLACED' "
                    + "group by c.referral_id having count(*) > 1) twice", programme)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String programme() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 12);
        Map<String, Object> body = Map.of("name", "Two instances " + code, "format", "GROUP_ROLLING",
                "eligibility", Map.of("subjectTypes", List.of("CHILD"), "minAgeYears", 0, "maxAgeYears", 17,
                        "referrerRoles", List.of("SCHOOL")),
                "requiresVisitation", false, "firstContactWithinDays", 7, "autoPromote", true);
        as(admin, 0).body(body).put("/api/v1/programmes/" + code).then().statusCode(201);
        return code;
    }

    private static Map<String, Object> referral(String programme) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of(ZONE));
        Map<String, Object> body = new HashMap<>();
        body.put("programmeCode", programme);
        body.put("referrer", Map.of("role", "SCHOOL", "organisation", "Vestskolen", "name", "Lise Holm"));
        body.put("subject", Map.of("type", "CHILD", "name", "Barn " + UUID.randomUUID().toString().substring(0, 8),
                "birthDate", today.minusYears(10).toString(), "hasOpenCase", false));
        body.put("contact", Map.of("name", "Anne N.", "relation", "MOTHER", "phone", "+4512345678"));
        body.put("reason", Map.of("category", "WELLBEING", "description", "Trækker sig"));
        body.put("wellbeingScore", 4);
        body.put("priority", "NORMAL");
        body.put("consent", Map.of("given", true, "givenBy", "Anne N.", "date", today.minusDays(1).toString()));
        return body;
    }

    private static RequestSpecification as(String token, int instance) {
        return given().baseUri(RUNNING.get(instance).base()).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static <T> List<T> race(ExecutorService pool, int n, Race.Task<T> task) throws Exception {
        return Race.all(pool, n, Duration.ofSeconds(90), task);
    }

    private static long count(String sql, String parameter) throws SQLException {
        return PackagedInstances.count(sql, sql.contains("programme_code = ?") ? parameter : UUID.fromString(parameter));
    }
}
