package dev.earmark.testing.server;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Only in tests, started in the server under test (which is what calls the services a site configures): a service on
 * a local port that answers as a subclass says. A plain socket server, as the server's module system hides the JDK's
 * HTTP server from deployments. One request per connection, answered with {@code Connection: close}.
 */
public abstract class FakeService implements Closeable {

    /** A request as it came; header names in lower case. */
    public record Request(String method, String path, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer; extra headers such as Retry-After. */
    public record Reply(int status, String type, String body, Map<String, String> headers) {

        public Reply(int status, String type, String body) {
            this(status, type, body, Map.of());
        }
    }

    /** In a script ({@link #thenAnswer}): this request is answered as the service would. */
    public static final Reply AS_THE_SERVICE = new Reply(0, "", "");

    private final ServerSocket server;
    private final Queue<Reply> scripted = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    protected FakeService(String name) {
        try {
            server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Thread acceptor = new Thread(this::serve, name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The service's address, to configure as a setting. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** Waits, at most two minutes, until {@code count} requests have come. */
    public synchronized void awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (requests.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Only " + requests.size() + " of " + count + " requests came to " + getClass().getSimpleName());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /**
     * Answers a subclass gives the next requests that pass its checks of the caller (token, version), one each, before
     * it answers as the service again; {@link #AS_THE_SERVICE} for one it answers as the service in between.
     */
    public void thenAnswer(Reply... replies) {
        scripted.addAll(List.of(replies));
    }

    /** The scripted answer for this request, if the script has one other than {@link #AS_THE_SERVICE}. */
    protected Optional<Reply> scriptedAnswer() {
        Reply next = scripted.poll();
        return next == null || next == AS_THE_SERVICE ? Optional.empty() : Optional.of(next);
    }

    /** The requests so far, oldest first. */
    protected List<Request> requests() {
        return List.copyOf(requests);
    }

    /** An error answer as OpenAI gives it. */
    protected static Reply openAiError(int status, String message) {
        return new Reply(status, "application/json",
                "{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}");
    }

    /** What to answer the request, the number {@code index} from 0; empty: nothing, until the service closes. */
    protected abstract Optional<Reply> answer(Request request, int index);

    @Override
    public void close() {
        try {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> handle(socket), getClass().getSimpleName() + "-request");
                handler.setDaemon(true);
                handler.start();
            } catch (SocketException closed) {
                return;
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    private void handle(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            String[] requestLine = line(in).split(" ");
            Map<String, String> headers = new HashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            Request request = new Request(requestLine[0], requestLine[1], Map.copyOf(headers), body);
            int index;
            synchronized (this) {
                index = requests.size();
                requests.add(request);
                notifyAll();
            }
            Optional<Reply> reply = answer(request, index);
            if (reply.isEmpty()) {
                held.add(socket);
                return;
            }
            try (socket) {
                write(socket.getOutputStream(), reply.get());
            }
        } catch (IOException failed) {
            // The caller gave up (a time limit, a cancel): nothing to answer.
        }
    }

    private static void write(OutputStream out, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + reply.status() + " Fake\r\nContent-Type: " + reply.type()
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n");
        reply.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
