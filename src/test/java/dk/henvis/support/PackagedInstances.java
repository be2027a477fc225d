package dk.henvis.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Instances of the packaged service (target/quarkus-app/quarkus-run.jar, the prod build) on the PostgreSQL
 * database of HENVIS_TEST_DB_URL, for the integration tests of the postgres profile. Sign-in is the
 * production one: OIDC bearer tokens, verified locally with a key pair made for this run, so nothing
 * needs the network; or, when an instance is given HENVIS_OIDC_URL, the provider there (hybrid: the console's
 * authorization-code flow beside bearer tokens). Every instance shares one CPR key and one session key.
 */
public final class PackagedInstances implements AutoCloseable {

    /** One running (or stopped) instance: its port, log and the settings it was started with. */
    public final class Instance {
        private final String name;
        private final int port;
        private final Path log;
        private final Map<String, String> env;
        private Process process;

        private Instance(String name, int port, Path log, Map<String, String> env) {
            this.name = name;
            this.port = port;
            this.log = log;
            this.env = env;
        }

        public String base() {
            return "http://127.0.0.1:" + port;
        }

        public int port() {
            return port;
        }

        public Path log() {
            return log;
        }

        public Process process() {
            return process;
        }

        public String logText() throws IOException {
            return Files.readString(log);
        }

        /** SIGKILL: no shutdown hook, no rollback, the connections just drop. */
        public void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        /** SIGTERM: the graceful shutdown. */
        public void terminate() {
            process.destroy();
        }

        /** Starts it again with the same port and settings, and waits until it is ready. */
        public void restart() throws Exception {
            launch(this);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final KeyPair keys;
    private final String publicKey;
    private final String cprKey;
    private final String sessionKey;
    private final String logPrefix;
    private final List<Instance> instances = new ArrayList<>();

    public PackagedInstances(String logPrefix) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
        this.publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.cprKey = Base64.getEncoder().encodeToString(key);
        byte[] session = new byte[32];
        new SecureRandom().nextBytes(session);
        this.sessionKey = Base64.getEncoder().encodeToString(session);
        this.logPrefix = logPrefix;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /** Starts one more instance with these environment variables on top of the database and sign-in ones. */
    public Instance start(Map<String, String> env) throws Exception {
        Instance instance = new Instance(logPrefix + "-" + (instances.size() + 1), freePort(),
                jar().getParent().getParent().resolve(logPrefix + "-" + (instances.size() + 1) + ".log"), env);
        instances.add(instance);
        Files.deleteIfExists(instance.log); // a restart appends to it, a new run starts afresh
        launch(instance);
        return instance;
    }

    private void launch(Instance instance) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        if (!instance.env.containsKey("HENVIS_OIDC_URL")) {
            // Bearer tokens of this run only, verified with its key: an API-only service, no provider to reach.
            command.addAll(List.of("-Dquarkus.oidc.application-type=service",
                    "-Dquarkus.oidc.public-key=" + publicKey,
                    "-Dquarkus.oidc.roles.role-claim-path=roles",
                    "-Dquarkus.oidc.token.issuer=any"));
        }
        command.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("PORT", Integer.toString(instance.port));
        environment.put("HENVIS_DB_URL", dbUrl());
        environment.put("HENVIS_DB_USER", dbUser());
        environment.put("HENVIS_DB_PASSWORD", dbPassword());
        environment.put("HENVIS_DB_POOL_SIZE", "10");
        environment.put("HENVIS_CPR_KEY", cprKey);
        environment.put("HENVIS_SESSION_KEY", sessionKey);
        environment.put("HENVIS_OIDC_CLIENT_SECRET", "secret");
        environment.put("HENVIS_LOG_JSON", "false");
        environment.putAll(instance.env);
        instance.process = builder.start();
        awaitReady(instance);
    }

    /** A bearer token for a user with this role, accepted by every instance of this run. */
    public String token(String name, String role) {
        return token(name, role, Map.of());
    }

    public String token(String name, String role, Map<String, Object> claims) {
        var builder = Jwt.upn(name).claim("roles", Set.of(role)).issuer("henvis-packaged-it");
        claims.forEach(builder::claim);
        return builder.issuedAt(Instant.now()).expiresIn(Duration.ofHours(1)).sign(keys.getPrivate());
    }

    @Override
    public void close() {
        for (Instance instance : instances) {
            if (instance.process != null) {
                instance.process.destroy();
            }
        }
        for (Instance instance : instances) {
            try {
                if (instance.process != null && !instance.process.waitFor(30, TimeUnit.SECONDS)) {
                    instance.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                instance.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    public static String dbUrl() {
        return env("HENVIS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String dbUser() {
        return env("HENVIS_TEST_DB_USER", "postgres");
    }

    public static String dbPassword() {
        return env("HENVIS_TEST_DB_PASSWORD", "");
    }

    /** One number from the database, read directly (not through an instance). */
    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl(), dbUser(), dbPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Path jar() {
        Path jar = Paths.get(System.getProperty("henvis.it.jar", "target/quarkus-app/quarkus-run.jar"));
        assertThat(jar).as("the packaged service (run after the package phase)").exists();
        return jar;
    }

    private static void awaitReady(Instance instance) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!instance.process.isAlive()) {
                throw new IllegalStateException("the instance stopped at start:\n" + tail(instance.log));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(instance.base() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the instance did not become ready:\n" + tail(instance.log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Settings as a mutable map, for {@link #start}. */
    public static Map<String, String> settings(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
