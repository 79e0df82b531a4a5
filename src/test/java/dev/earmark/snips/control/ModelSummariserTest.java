package dev.earmark.snips.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.earmark.platform.control.Retries;
import dev.earmark.platform.control.ServiceCalls;
import dev.earmark.transcripts.control.Cue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request to a fake chat-completions service in this JVM, and what becomes of each kind of answer. */
class ModelSummariserTest {

    private record Received(String method, String path, String authorization, String contentType, String body) {
    }

    private record Answer(int status, String body) {
    }

    private static final ExcerptToSummarise EXCERPT = new ExcerptToSummarise("The Stack", "Keys",
            List.of(new Cue(0, 4000, "Nora", "We publish every key.")));
    private static final String GOOD = ModelAnswerTest.answer(ModelAnswerTest.content("Publishing keys", "Every key is public."));

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** The answers to come, one per request; the last repeats. A null body: no answer at all. */
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Answer answer = answers.get(Math.min(received.size(), answers.size()) - 1);
            if (answer.body() == null) {
                try {
                    release.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopService() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void theEndpointIsTheBaseWithV1ChatCompletionsWhetherOrNotTheBaseEndsInV1() {
        assertEquals(URI.create("http://ollama:11434/v1/chat/completions"), ModelSummariser.endpoint(URI.create("http://ollama:11434")));
        assertEquals(URI.create("http://ollama:11434/v1/chat/completions"), ModelSummariser.endpoint(URI.create("http://ollama:11434/")));
        assertEquals(URI.create("https://api.openai.com/v1/chat/completions"), ModelSummariser.endpoint(URI.create("https://api.openai.com/v1")));
        assertEquals(URI.create("https://api.openai.com/v1/chat/completions"), ModelSummariser.endpoint(URI.create("https://api.openai.com/v1/")));
        assertEquals(URI.create("https://x.openai.azure.com/openai/v1/chat/completions"),
                ModelSummariser.endpoint(URI.create("https://x.openai.azure.com/openai/v1")));
        assertEquals(URI.create("http://llm:8080/api/v1/chat/completions"), ModelSummariser.endpoint(URI.create("http://llm:8080/api")));
    }

    @Test
    void theRequestIsJsonWithTheModelThePromptAndTheKey() throws Exception {
        answers.add(new Answer(200, GOOD));

        Summary summary = summariser(Optional.of("sk-test"), "/v1").summarise(EXCERPT);

        assertEquals("Publishing keys", summary.title());
        assertEquals(List.of("Every key is public."), summary.texts());
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("/base/v1/chat/completions", request.path());
        assertEquals("Bearer sk-test", request.authorization());
        assertEquals("application/json", request.contentType());
        JsonObject body = Json.createReader(new StringReader(request.body())).readObject();
        assertEquals(SummaryPrompt.request("test-model", EXCERPT), body);
    }

    @Test
    void withoutAKeyNoAuthorizationIsSent() throws Exception {
        answers.add(new Answer(200, GOOD));

        summariser(Optional.empty(), "").summarise(EXCERPT);

        assertNull(received.get(0).authorization());
        assertEquals("/base/v1/chat/completions", received.get(0).path());
    }

    @Test
    void aServerErrorIsTriedAgainAfterTheBackOff() throws Exception {
        answers.add(new Answer(500, "{\"error\": {\"message\": \"overloaded\"}}"));
        answers.add(new Answer(200, GOOD));

        assertEquals("Publishing keys", summariser(Optional.empty(), "").summarise(EXCERPT).title());
        assertEquals(2, received.size());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @Test
    void aRefusalNamesTheStatusAndMessageWithoutTheKey() {
        answers.add(new Answer(401, "{\"error\": {\"message\": \"Incorrect API key provided: sk-wrong.\"}}"));

        SummaryFailure failure = assertThrows(SummaryFailure.class,
                () -> summariser(Optional.of("sk-wrong"), "").summarise(EXCERPT));

        assertTrue(failure.getMessage().endsWith("answered 401: Incorrect API key provided: ***."), failure.getMessage());
        assertFalse(failure.getMessage().contains("sk-wrong"));
        assertEquals(1, received.size(), "a refusal is not tried again");
    }

    @Test
    void anAnswerBreakingTheRulesFailsWithItsReasonAndTheKeyHidden() {
        answers.add(new Answer(200, ModelAnswerTest.answer(ModelAnswerTest.content("<b>sk-test</b>", "One."))));

        SummaryFailure failure = assertThrows(SummaryFailure.class,
                () -> summariser(Optional.of("sk-test"), "").summarise(EXCERPT));

        assertEquals("The answer's title has markup: <b>***</b>", failure.getMessage());
    }

    @Test
    void anAnswerLongerThanTheBoundFails() {
        answers.add(new Answer(200, "{\"pad\": \"" + "x".repeat(ModelSummariser.MAX_ANSWER_BYTES) + "\"}"));

        SummaryFailure failure = assertThrows(SummaryFailure.class, () -> summariser(Optional.empty(), "").summarise(EXCERPT));

        assertTrue(failure.getMessage().contains("longer than 262144 bytes"), failure.getMessage());
    }

    @Test
    void aServiceThatNeverAnswersFailsAfterItsTries() {
        answers.add(new Answer(200, null));
        ModelSummariser summariser = new ModelSummariser(ServiceCalls.client(), base(""), "test-model", Optional.empty(),
                Duration.ofMillis(300), new Retries(2, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add, Clock.systemUTC()));

        SummaryFailure failure = assertThrows(SummaryFailure.class, () -> summariser.summarise(EXCERPT));

        assertTrue(failure.getMessage().endsWith("within 300 ms, 3 tries"), failure.getMessage());
        assertEquals(3, received.size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    }

    private ModelSummariser summariser(Optional<String> key, String baseEnd) {
        return new ModelSummariser(ServiceCalls.client(), base(baseEnd), "test-model", key, Duration.ofSeconds(10),
                new Retries(3, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add, Clock.systemUTC()));
    }

    private URI base(String end) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/base" + end);
    }
}
