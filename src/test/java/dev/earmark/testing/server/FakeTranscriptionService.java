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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Only in tests, started in the server under test (which is what calls a transcription service): an
 * OpenAI-compatible transcription service on a local port, {@code POST /v1/audio/transcriptions}. A plain socket
 * server, as the server's module system hides the JDK's HTTP server from deployments and Earmark refuses multipart
 * requests to its own pages. It checks the request as OpenAI does — multipart with a file, a model and
 * {@code response_format=verbose_json}, and the bearer key the server's environment sets
 * (EARMARK_TRANSCRIPTION_SERVICE_KEY, see pom.xml) — and answers as its {@link Behaviour} says.
 */
public final class FakeTranscriptionService implements Closeable {

    public enum Behaviour {
        /** A verbose_json transcript of {@link #SEGMENTS}. */
        SPEECH,
        /** 401 with OpenAI's error body. */
        REFUSED,
        /** 500 with OpenAI's error body. */
        FAILING,
        /** 200 with an HTML page. */
        GARBAGE,
        /** No answer at all until the service closes. */
        SILENT
    }

    /** What the fake transcribes any audio to. */
    public record Segment(double start, double end, String text) {
    }

    public static final List<Segment> SEGMENTS = List.of(new Segment(0.0, 2.84, " The server keeps a public directory."),
            new Segment(3.12, 9.5, " Each time it changes, a new version is published."));

    /** A request as the fake received it; a field the request lacked is null. */
    public record Received(String method, String path, String authorization, String model, String responseFormat,
                           String fileName, String fileType, long fileBytes) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern DISPOSITION_NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILE = Pattern.compile("filename=\"([^\"]*)\"");

    private final ServerSocket server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour = Behaviour.SPEECH;

    private FakeTranscriptionService() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "fake-transcription-service");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static FakeTranscriptionService start() {
        try {
            return new FakeTranscriptionService();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The address to configure as earmark.transcription.service-url. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    public void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** Waits, at most two minutes, until a request has come. */
    public synchronized void awaitRequest() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (received.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No request came to the fake transcription service");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** The requests so far, oldest first. */
    public List<Received> received() {
        return List.copyOf(received);
    }

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
                Thread handler = new Thread(() -> handle(socket), "fake-transcription-request");
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
            Received request = read(requestLine[0], requestLine[1], headers, body);
            received.add(request);
            synchronized (this) {
                notifyAll();
            }
            Behaviour now = behaviour;
            if (now == Behaviour.SILENT) {
                held.add(socket);
                return;
            }
            try (socket) {
                answer(socket.getOutputStream(), refusal(request).orElseGet(() -> answerFor(now)));
            }
        } catch (IOException failed) {
            // The caller gave up (a time limit, a cancel): nothing to answer.
        }
    }

    private static Received read(String method, String path, Map<String, String> headers, byte[] body) {
        Map<String, String> fields = new HashMap<>();
        String fileName = null;
        String fileType = null;
        long fileBytes = -1;
        Matcher boundary = BOUNDARY.matcher(headers.getOrDefault("content-type", ""));
        if (headers.getOrDefault("content-type", "").startsWith("multipart/form-data") && boundary.find()) {
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String[] parts = text.split("--" + Pattern.quote(boundary.group(1)));
            for (int i = 1; i < parts.length; i++) {
                int headEnd = parts[i].indexOf("\r\n\r\n");
                if (headEnd < 0) {
                    continue;
                }
                String head = parts[i].substring(0, headEnd);
                String content = parts[i].substring(headEnd + 4, Math.max(headEnd + 4, parts[i].length() - 2));
                Matcher name = DISPOSITION_NAME.matcher(head);
                Matcher file = DISPOSITION_FILE.matcher(head);
                if (file.find()) {
                    fileName = file.group(1);
                    fileType = head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                            .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(null);
                    fileBytes = content.length();
                } else if (name.find()) {
                    fields.put(name.group(1), content);
                }
            }
        }
        return new Received(method, path, headers.get("authorization"), fields.get("model"), fields.get("response_format"),
                fileName, fileType, fileBytes);
    }

    private static Optional<String[]> refusal(Received request) {
        String key = System.getenv("EARMARK_TRANSCRIPTION_SERVICE_KEY");
        if (!"POST".equals(request.method()) || !"/v1/audio/transcriptions".equals(request.path())) {
            return Optional.of(error(404, "Invalid URL (" + request.method() + " " + request.path() + ")"));
        }
        if (key != null && !Objects.equals("Bearer " + key, request.authorization())) {
            return Optional.of(error(401, "You didn't provide an API key."));
        }
        if (request.fileName() == null || request.fileBytes() <= 0) {
            return Optional.of(error(400, "Could not parse multipart form"));
        }
        if (request.model() == null || request.model().isBlank()) {
            return Optional.of(error(400, "you must provide a model parameter"));
        }
        if (!"verbose_json".equals(request.responseFormat())) {
            return Optional.of(error(400, "response_format must be verbose_json here"));
        }
        return Optional.empty();
    }

    /** Status, type, body. */
    private static String[] answerFor(Behaviour behaviour) {
        return switch (behaviour) {
            case SPEECH -> new String[] {"200", "application/json", verboseJson()};
            case REFUSED -> error(401, "Incorrect API key provided.");
            case FAILING -> error(500, "The server had an error while processing your request.");
            case GARBAGE -> new String[] {"200", "text/html", "<html><body>It works!</body></html>"};
            case SILENT -> throw new IllegalStateException("a silent service answers nothing");
        };
    }

    private static String verboseJson() {
        StringBuilder segments = new StringBuilder();
        for (int i = 0; i < SEGMENTS.size(); i++) {
            Segment segment = SEGMENTS.get(i);
            segments.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"seek\":0,\"start\":")
                    .append(segment.start()).append(",\"end\":").append(segment.end()).append(",\"text\":\"")
                    .append(segment.text()).append("\",\"tokens\":[50364],\"temperature\":0.0,\"avg_logprob\":-0.21}");
        }
        return "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":9.5,\"text\":\"\",\"segments\":[" + segments + "]}";
    }

    private static String[] error(int status, String message) {
        return new String[] {Integer.toString(status), "application/json",
                "{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}"};
    }

    private static void answer(OutputStream out, String[] answer) throws IOException {
        byte[] body = answer[2].getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + answer[0] + " Fake\r\nContent-Type: " + answer[1] + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
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
