package dk.henvis.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The case system on a local port: no open case for anyone, answered after a pause the test sets. */
final class SlowCaseRegistry implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger asked = new AtomicInteger();
    private volatile long pauseMillis;

    SlowCaseRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            asked.incrementAndGet();
            try {
                Thread.sleep(pauseMillis);
                byte[] answer = "{\"openCase\":false}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException gone) {
                // the caller died or gave up
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/open-case-queries";
    }

    void pause(long millis) {
        pauseMillis = millis;
    }

    int asked() {
        return asked.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
