package dev.earmark.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server in the test's JVM that serves feeds (or anything) by path, as each test says, and records the requests
 * with their headers: for tests of fetching, conditional GET, redirects and the refusals. Unknown paths get a 404.
 */
public final class FeedServer implements AutoCloseable {

    /** A request as it came. */
    public record Request(String method, String path, Headers headers) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** On a free port of 127.0.0.1. */
    public FeedServer() {
        this(0);
    }

    /** On the given port of 127.0.0.1 (0: a free one), for a server under test whose allow-list names the port. */
    public FeedServer(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public FeedServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** A fixed answer. */
    public static Handler answer(int status, byte[] body, Map<String, String> headers) {
        return exchange -> send(exchange, status, body, headers);
    }

    public static Handler redirect(int status, String location) {
        return answer(status, new byte[0], Map.of("Location", location));
    }

    public static void send(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        boolean bodiless = status == 304 || body.length == 0 && status / 100 == 3;
        exchange.sendResponseHeaders(status, bodiless ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!bodiless) {
                out.write(body);
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestHeaders()));
        Handler handler = handlers.get(path);
        if (handler == null) {
            send(exchange, 404, new byte[0], Map.of());
        } else {
            handler.handle(exchange);
        }
    }
}
