package dk.henvis.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** A webhook receiver on a random local port that records what it gets and answers programmed status codes. */
final class Receiver implements AutoCloseable {

    record Received(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int defaultAnswer = 200;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue().get(0), (a, b) -> a));
            received.add(new Received(headers, body));
            Integer answer = answers.poll();
            exchange.sendResponseHeaders(answer == null ? defaultAnswer : answer, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    Receiver answering(Integer... codes) {
        answers.addAll(List.of(codes));
        return this;
    }

    Receiver alwaysAnswering(int code) {
        defaultAnswer = code;
        return this;
    }

    List<Received> of(String referralId) {
        return received.stream().filter(r -> r.body().contains(referralId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
