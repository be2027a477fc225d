import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Set-up of one round of bench/placement.sh (run as `java bench/PlacementSetup.java …`, no build needed);
 * wrk then races the requests (bench/placement-race.lua), so the load generator takes little of the CPU
 * the service and PostgreSQL share. An earlier Java driver took as much CPU as the service itself.
 *
 * Makes one auto-promoting programme with GROUPS groups of CAPACITY places, all filled; WAITING referrals
 * on the waiting list; CONTENDERS accepted referrals. Writes into the folder given:
 *  - groups.txt: the group ids;
 *  - contenders.txt: the contenders, each placed in a random group by a place request — every group is
 *    full, so this races for the group's row and mostly ends in 409 group-full;
 *  - frees.txt: the holders, then the waiting list in order, withdrawn one after the other by the free
 *    requests: each frees a place that auto-promotion passes to the next waitlisted referral in the same
 *    transaction (by then the head of the list has been promoted into a place).
 */
public class PlacementSetup {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static String base;
    static String admin;
    static String coordinator;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        base = args[0];
        admin = args[1];
        coordinator = args[2];
        Path folder = Files.createDirectories(Path.of(args[3]));
        int groups = intEnv("BENCH_GROUPS", 4);
        int capacity = intEnv("BENCH_CAPACITY", 10);
        int waiting = intEnv("BENCH_WAITING", 3000);
        int contenders = intEnv("BENCH_CONTENDERS", 400);

        String programme = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        send("PUT", "/api/v1/programmes/" + programme, admin, """
                {"name":"Bench %s","format":"GROUP_ROLLING","requiresVisitation":false,"firstContactWithinDays":7,
                 "autoPromote":true,"eligibility":{"subjectTypes":["CHILD"],"minAgeYears":0,"maxAgeYears":17,
                 "referrerRoles":["SCHOOL"]}}""".formatted(programme), 201);
        List<String> groupIds = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            groupIds.add(id(send("POST", "/api/v1/programmes/" + programme + "/groups", coordinator,
                    "{\"name\":\"Hold " + g + "\",\"capacity\":" + capacity + "}", 201)));
        }
        ExecutorService setup = Executors.newFixedThreadPool(16);
        List<String> holders = createAll(setup, programme, groups * capacity);
        parallel(setup, holders.size(), i -> send("POST", "/api/v1/referrals/" + holders.get(i) + "/placement",
                coordinator, "{\"groupId\":\"" + groupIds.get(i % groups) + "\"}", 200));
        List<String> waitlisted = createAll(setup, programme, waiting);
        for (String id : waitlisted) { // one by one: the list order is the order they are freed in
            send("POST", "/api/v1/referrals/" + id + "/waitlist", coordinator, "{}", 200);
        }
        List<String> pool = createAll(setup, programme, contenders);
        setup.shutdown();

        List<String> frees = new ArrayList<>(holders);
        frees.addAll(waitlisted);
        Files.write(folder.resolve("groups.txt"), groupIds);
        Files.write(folder.resolve("contenders.txt"), pool);
        Files.write(folder.resolve("frees.txt"), frees);
        System.out.printf("setup: %d groups x %d places filled, %d waitlisted, %d contenders%n",
                groups, capacity, waiting, contenders);
    }

    interface Step {
        void run(int i) throws Exception;
    }

    static void parallel(ExecutorService pool, int n, Step step) throws Exception {
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                step.run(index);
                return null;
            }));
        }
        for (var future : futures) {
            future.get();
        }
    }

    static List<String> createAll(ExecutorService pool, String programme, int n) throws Exception {
        String[] ids = new String[n];
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        parallel(pool, n, i -> ids[i] = id(send("POST", "/api/v1/referrals", coordinator, """
                {"programmeCode":"%s","referrer":{"role":"SCHOOL","organisation":"Vestskolen","name":"Lise Holm"},
                 "subject":{"type":"CHILD","name":"Barn %s","birthDate":"%s","hasOpenCase":false},
                 "contact":{"name":"Anne N.","relation":"MOTHER","phone":"+4512345678"},
                 "reason":{"category":"WELLBEING","description":"Bench"},"wellbeingScore":4,"priority":"NORMAL",
                 "consent":{"given":true,"givenBy":"Anne N.","date":"%s"}}""".formatted(programme,
                UUID.randomUUID().toString().substring(0, 8), today.minusYears(10), today.minusDays(1)), 201)));
        return Arrays.asList(ids);
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    static String send(String method, String path, String token, String body, int expected) throws Exception {
        HttpResponse<String> response = call(method, path, token, body);
        if (response == null || response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " -> "
                    + (response == null ? "no response" : response.statusCode() + " " + response.body()));
        }
        return response.body();
    }

    static HttpResponse<String> call(String method, String path, String token, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
