import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of bench/placement.sh (run as `java bench/PlacementLoad.java …`, no build needed).
 *
 * Setup: one auto-promoting programme, GROUPS groups of CAPACITY places, all filled; WAITING referrals
 * on the waiting list; CONTENDERS accepted referrals. Race for SECONDS with THREADS workers:
 *  - place (share PLACE_SHARE): a contender is placed in a random group — every group is full, so
 *    this races for the group's row and mostly ends in 409 group-full;
 *  - free: the next holder is withdrawn (the initial ones, then the waiting list in order, whose head
 *    auto-promotion has placed): the place frees and the next waitlisted referral is promoted into it,
 *    in the same transaction.
 * Prints operations per second and latency percentiles, and checks that no group is over capacity.
 */
public class PlacementLoad {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern OCCUPIED = Pattern.compile("\"occupiedPlaces\"\\s*:\\s*(\\d+)");

    static String base;
    static String admin;
    static String coordinator;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        base = args[0];
        admin = args[1];
        coordinator = args[2];
        int groups = intEnv("BENCH_GROUPS", 4);
        int capacity = intEnv("BENCH_CAPACITY", 10);
        int waiting = intEnv("BENCH_WAITING", 3000);
        int contenders = intEnv("BENCH_CONTENDERS", 400);
        int threads = intEnv("BENCH_CONCURRENCY", 32);
        int seconds = intEnv("BENCH_SECONDS", 20);
        double placeShare = Double.parseDouble(System.getenv().getOrDefault("BENCH_PLACE_SHARE", "0.7"));

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
        System.out.printf("setup: %d groups x %d places filled, %d waitlisted, %d contenders%n",
                groups, capacity, waiting, contenders);

        ConcurrentLinkedQueue<String> toFree = new ConcurrentLinkedQueue<>(holders);
        toFree.addAll(waitlisted);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long[][] latencies = new long[threads][];
        boolean[][] frees = new boolean[threads][];
        int[] counts = new int[threads];
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            latencies[t] = new long[2_000_000 / threads];
            frees[t] = new boolean[latencies[t].length];
            workers.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end && counts[worker] < latencies[worker].length) {
                    boolean place = random.nextDouble() < placeShare;
                    String freeing = place ? null : toFree.poll();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response;
                    String kind;
                    if (freeing == null) {
                        kind = "place";
                        String referral = pool.get(random.nextInt(pool.size()));
                        String group = groupIds.get(random.nextInt(groupIds.size()));
                        response = call("POST", "/api/v1/referrals/" + referral + "/placement", coordinator,
                                "{\"groupId\":\"" + group + "\"}");
                    } else {
                        kind = "free";
                        response = call("POST", "/api/v1/referrals/" + freeing + "/withdraw", coordinator,
                                "{\"reason\":\"NO_LONGER_NEEDED\"}");
                    }
                    frees[worker][counts[worker]] = freeing != null;
                    latencies[worker][counts[worker]++] = System.nanoTime() - t0;
                    outcomes.computeIfAbsent(kind + " " + (response == null ? "error" : response.statusCode()),
                            k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;

        long[] all = new long[Arrays.stream(counts).sum()];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        long[] freeOps = java.util.stream.IntStream.range(0, threads).boxed()
                .flatMapToLong(t -> java.util.stream.IntStream.range(0, counts[t]).filter(i -> frees[t][i])
                        .mapToLong(i -> latencies[t][i])).sorted().toArray();
        long[] placeOps = java.util.stream.IntStream.range(0, threads).boxed()
                .flatMapToLong(t -> java.util.stream.IntStream.range(0, counts[t]).filter(i -> !frees[t][i])
                        .mapToLong(i -> latencies[t][i])).sorted().toArray();
        Arrays.sort(all);
        int errors = outcomes.entrySet().stream().filter(e -> e.getKey().endsWith("error") || e.getKey().matches(".* 5\\d\\d"))
                .mapToInt(e -> e.getValue().get()).sum();
        System.out.printf("outcomes: %s%n", new TreeMap<>(outcomes));
        System.out.printf("placement operations: %d in %.1f s = %.0f ops/s with %d concurrent clients%n",
                all.length, elapsed, all.length / elapsed, threads);
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                pct(all, 50), pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf("  frees (withdraw + promotion): %d, p50 %.1f  p99 %.1f; placements: %d, p50 %.1f  p99 %.1f%n",
                freeOps.length, pct(freeOps, 50), pct(freeOps, 99), placeOps.length, pct(placeOps, 50), pct(placeOps, 99));
        int over = 0;
        int occupiedTotal = 0;
        for (String group : groupIds) {
            String body = send("GET", "/api/v1/groups/" + group, coordinator, null, 200);
            Matcher m = OCCUPIED.matcher(body);
            m.find();
            int occupied = Integer.parseInt(m.group(1));
            occupiedTotal += occupied;
            int participants = body.split("\"referralId\"", -1).length - 1;
            if (occupied > capacity || participants != occupied) {
                over++;
            }
        }
        System.out.printf("invariant: %d of %d groups over capacity or out of step; %d places occupied; %d errors/5xx%n",
                over, groups, occupiedTotal, errors);
        System.out.println("GROUP_IDS=" + String.join(",", groupIds));
        if (over > 0 || errors > 0) {
            System.exit(1);
        }
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

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
