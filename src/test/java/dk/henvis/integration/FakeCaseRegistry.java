package dk.henvis.integration;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The municipality's case system, faked on a local port: answers per CPR, can be slow, broken or down. */
public class FakeCaseRegistry implements QuarkusTestResourceLifecycleManager {

    enum Behaviour { OPEN, NONE, SLOW, ERROR }

    record Request(String method, String path, String query, String body) {
    }

    static final Map<String, Behaviour> BY_CPR = new ConcurrentHashMap<>();
    static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer server;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            up();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("henvis.integration.case-registry.url", "http://127.0.0.1:" + port + "/open-case-queries",
                "dk.henvis.integration.caseregistry.CaseRegistryCall/hasOpenCase/Timeout/value", "500",
                "dk.henvis.integration.caseregistry.CaseRegistryCall/hasOpenCase/Timeout/unit", "MILLIS");
    }

    static synchronized void up() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getQuery(), body));
            Behaviour behaviour = BY_CPR.entrySet().stream().filter(e -> body.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(Behaviour.NONE);
            try {
                if (behaviour == Behaviour.SLOW) {
                    Thread.sleep(3000);
                }
                if (behaviour == Behaviour.ERROR) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                byte[] answer = ("{\"openCase\":" + (behaviour == Behaviour.OPEN) + ",\"checkedAt\":\"now\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException ignored) {
                // the client gave up (timeout)
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static synchronized void down() {
        server.stop(0);
    }

    @Override
    public void stop() {
        down();
    }
}
