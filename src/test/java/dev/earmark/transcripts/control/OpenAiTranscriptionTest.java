package dev.earmark.transcripts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.earmark.platform.control.ServiceCalls;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request to a fake service in this JVM, and what becomes of each kind of answer. */
class OpenAiTranscriptionTest {

    private record Received(String method, String path, String authorization, String contentType, String body) {
    }

    @TempDir
    Path directory;

    private HttpServer server;
    private final AtomicReference<Received> received = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<HttpHandler> handler = new AtomicReference<>();
    private AudioToTranscribe audio;

    @BeforeEach
    void startService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> handler.get().handle(exchange));
        server.start();
        Path file = directory.resolve("stored-key");
        Files.writeString(file, "OggS pretend audio");
        audio = new AudioToTranscribe(file, "episode 54.opus", "audio/ogg");
    }

    @AfterEach
    void stopService() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void theRequestIsMultipartWithTheModelTheFormatAndTheKey() throws Exception {
        answer(200, "application/json", TranscriptionAnswerTest.VERBOSE_JSON);

        List<Cue> cues = engine(Optional.of("sk-test"), Duration.ofSeconds(5)).transcribe(audio, new TranscriptionControl(p -> { }));

        assertEquals(2, cues.size());
        Received request = received.get();
        assertEquals("POST", request.method());
        assertEquals("/base/v1/audio/transcriptions", request.path());
        assertEquals("Bearer sk-test", request.authorization());
        assertTrue(request.contentType().startsWith("multipart/form-data; boundary="), request.contentType());
        String boundary = request.contentType().substring(request.contentType().indexOf('=') + 1);
        assertTrue(request.body().contains("--" + boundary + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n"));
        assertTrue(request.body().contains("Content-Disposition: form-data; name=\"response_format\"\r\n\r\nverbose_json\r\n"));
        assertTrue(request.body().contains("Content-Disposition: form-data; name=\"file\"; filename=\"episode 54.opus\"\r\n"
                + "Content-Type: audio/ogg\r\n\r\nOggS pretend audio\r\n--" + boundary + "--\r\n"), request.body());
    }

    @Test
    void withoutAKeyNoAuthorizationIsSent() throws Exception {
        answer(200, "text/vtt", "WEBVTT\n\n00:00.000 --> 00:01.500\nHello.\n");

        assertEquals(List.of(new Cue(0, 1500, null, "Hello.")),
                engine(Optional.empty(), Duration.ofSeconds(5)).transcribe(audio, new TranscriptionControl(p -> { })));
        assertEquals(null, received.get().authorization());
    }

    @Test
    void refusalsNameTheStatusAndTheServicesMessage() {
        answer(401, "application/json", "{\"error\": {\"message\": \"Incorrect API key provided: sk-wrong.\"}}");
        assertFailure("transcription.failure.status", "401 Incorrect API key provided: ***.", Optional.of("sk-wrong"));

        answer(500, "text/plain", "model crashed");
        assertFailure("transcription.failure.status", "500 model crashed", Optional.empty());
    }

    @Test
    void garbageIsAFailedTranscription() {
        answer(200, "text/html", "<html>It works!</html>");

        assertFailure("transcription.failure.answer", "<html>It works!</html>", Optional.empty());
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeFails() {
        handler.set(exchange -> {
            record(exchange);
            awaitRelease();
        });

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertFailure("transcription.failure.timeout", "1",
                Optional.empty(), Duration.ofSeconds(1)));
    }

    @Test
    void aServiceThatIsNotThereFails() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpenAiTranscription engine = new OpenAiTranscription(ServiceCalls.client(),
                URI.create("http://127.0.0.1:" + closedPort), "whisper-1", Optional.empty(), Duration.ofSeconds(5));

        TranscriptionFailure failure = assertThrows(TranscriptionFailure.class,
                () -> engine.transcribe(audio, new TranscriptionControl(p -> { })));
        assertEquals("transcription.failure.unreachable", failure.messageKey());
        assertEquals("127.0.0.1:" + closedPort, failure.detail());
    }

    @Test
    void aCancelStopsTheWaitForTheAnswer() {
        CountDownLatch requested = new CountDownLatch(1);
        handler.set(exchange -> {
            record(exchange);
            requested.countDown();
            awaitRelease();
        });
        TranscriptionControl control = new TranscriptionControl(p -> { });
        new Thread(() -> {
            try {
                requested.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            control.cancel();
        }).start();

        TranscriptionFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                TranscriptionFailure.class, () -> engine(Optional.empty(), Duration.ofMinutes(5)).transcribe(audio, control)));
        assertEquals("transcription.failure.cancelled", failure.messageKey());
    }

    private void assertFailure(String key, String detail, Optional<String> apiKey) {
        assertFailure(key, detail, apiKey, Duration.ofSeconds(5));
    }

    private void assertFailure(String key, String detail, Optional<String> apiKey, Duration timeout) {
        TranscriptionFailure failure = assertThrows(TranscriptionFailure.class,
                () -> engine(apiKey, timeout).transcribe(audio, new TranscriptionControl(p -> { })));
        assertEquals(key, failure.messageKey());
        assertEquals(detail, failure.detail());
    }

    private OpenAiTranscription engine(Optional<String> key, Duration timeout) {
        return new OpenAiTranscription(ServiceCalls.client(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/base"), "whisper-1", key, timeout);
    }

    private void answer(int status, String contentType, String body) {
        handler.set(exchange -> {
            record(exchange);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private void record(HttpExchange exchange) throws IOException {
        received.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
