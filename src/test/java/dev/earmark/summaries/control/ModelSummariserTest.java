package dev.earmark.summaries.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.platform.control.Retries;
import dev.earmark.platform.control.ServiceCalls;
import dev.earmark.testing.ScriptedService;
import dev.earmark.testing.ScriptedService.Received;
import dev.earmark.testing.ScriptedService.Reply;
import dev.earmark.transcripts.control.Cue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request to a fake chat-completions service in this JVM, and what becomes of each kind of answer. */
class ModelSummariserTest {

    private static final ExcerptToSummarise EXCERPT = new ExcerptToSummarise("The Stack", "Keys",
            List.of(new Cue(0, 4000, "Nora", "We publish every key.")));
    private static final String GOOD = ModelAnswerTest.answer(ModelAnswerTest.content("Publishing keys", "Every key is public."));
    private static final EpisodeToSummarise EPISODE = EpisodeModelAnswerTest.TEN_MINUTES;
    private static final String GOOD_SUGGESTION = EpisodeModelAnswerTest.answer(EpisodeModelAnswerTest.content(
            "Nora explains key transparency.", List.of("Keys", "Audits", "Directories"),
            EpisodeModelAnswerTest.chapter("0:00", "Welcome"), EpisodeModelAnswerTest.chapter("4:00", "Audits")));

    private final ScriptedService service = new ScriptedService();
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stopService() {
        service.close();
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
        service.then(new Reply(200, GOOD));

        Summary summary = summariser(Optional.of("sk-test"), "/v1").summarise(EXCERPT);

        assertEquals("Publishing keys", summary.title());
        assertEquals(List.of("Every key is public."), summary.texts());
        Received request = service.received().get(0);
        assertEquals("POST", request.method());
        assertEquals("/base/v1/chat/completions", request.path());
        assertEquals("Bearer sk-test", request.authorization());
        assertEquals("application/json", request.contentType());
        JsonObject body = Json.createReader(new StringReader(request.body())).readObject();
        assertEquals(SummaryPrompt.request("test-model", EXCERPT, true), body);
    }

    @Test
    void aServiceThatRefusesTheJsonModeIsAskedAgainWithoutIt() throws Exception {
        service.then(new Reply(400, "{\"error\": {\"message\": \"Invalid parameter: 'response_format' of type "
                + "'json_object' is not supported with this model.\", \"param\": \"response_format\"}}"),
                new Reply(200, GOOD));

        assertEquals("Publishing keys", summariser(Optional.empty(), "").summarise(EXCERPT).title());

        assertEquals(2, service.received().size());
        assertEquals(SummaryPrompt.request("test-model", EXCERPT, false),
                Json.createReader(new StringReader(service.received().get(1).body())).readObject());
        assertEquals(List.of(), waits, "no back-off: a different request");
    }

    @Test
    void anotherBadRequestIsNotAskedAgain() {
        service.then(new Reply(400, "{\"error\": {\"message\": \"The model `nope` does not exist\"}}"));

        SummaryFailure failure = assertThrows(SummaryFailure.class, () -> summariser(Optional.empty(), "").summarise(EXCERPT));

        assertTrue(failure.getMessage().endsWith("answered 400: The model `nope` does not exist"), failure.getMessage());
        assertEquals(1, service.received().size());
    }

    @Test
    void withoutAKeyNoAuthorizationIsSent() throws Exception {
        service.then(new Reply(200, GOOD));

        summariser(Optional.empty(), "").summarise(EXCERPT);

        assertNull(service.received().get(0).authorization());
        assertEquals("/base/v1/chat/completions", service.received().get(0).path());
    }

    @Test
    void aServerErrorIsTriedAgainAfterTheBackOff() throws Exception {
        service.then(new Reply(500, "{\"error\": {\"message\": \"overloaded\"}}"));
        service.then(new Reply(200, GOOD));

        assertEquals("Publishing keys", summariser(Optional.empty(), "").summarise(EXCERPT).title());
        assertEquals(2, service.received().size());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @Test
    void aRefusalNamesTheStatusAndMessageWithoutTheKey() {
        service.then(new Reply(401, "{\"error\": {\"message\": \"Incorrect API key provided: sk-wrong.\"}}"));

        SummaryFailure failure = assertThrows(SummaryFailure.class,
                () -> summariser(Optional.of("sk-wrong"), "").summarise(EXCERPT));

        assertTrue(failure.getMessage().endsWith("answered 401: Incorrect API key provided: ***."), failure.getMessage());
        assertFalse(failure.getMessage().contains("sk-wrong"));
        assertEquals(1, service.received().size(), "a refusal is not tried again");
    }

    @Test
    void anAnswerBreakingTheRulesFailsWithItsReasonAndTheKeyHidden() {
        service.then(new Reply(200, ModelAnswerTest.answer(ModelAnswerTest.content("<b>sk-test</b>", "One."))));

        SummaryFailure failure = assertThrows(SummaryFailure.class,
                () -> summariser(Optional.of("sk-test"), "").summarise(EXCERPT));

        assertEquals("The answer's title has markup: <b>***</b>", failure.getMessage());
    }

    @Test
    void anAnswerLongerThanTheBoundFails() {
        service.then(new Reply(200, "{\"pad\": \"" + "x".repeat(ModelSummariser.MAX_ANSWER_BYTES) + "\"}"));

        SummaryFailure failure = assertThrows(SummaryFailure.class, () -> summariser(Optional.empty(), "").summarise(EXCERPT));

        assertTrue(failure.getMessage().contains("longer than 262144 bytes"), failure.getMessage());
    }

    @Test
    void aServiceThatNeverAnswersFailsAfterItsTries() {
        service.then(Reply.silence());
        ModelSummariser summariser = new ModelSummariser(ServiceCalls.client(), base(""), "test-model", Optional.empty(),
                Duration.ofMillis(300), new Retries(2, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add, Clock.systemUTC()));

        SummaryFailure failure = assertThrows(SummaryFailure.class, () -> summariser.summarise(EXCERPT));

        assertTrue(failure.getMessage().endsWith("within 300 ms, 3 tries"), failure.getMessage());
        assertEquals(3, service.received().size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    }

    @Test
    void anEpisodeIsAskedWithItsPromptAndItsSuggestionNamesTheModel() throws Exception {
        service.then(new Reply(200, GOOD_SUGGESTION));

        EpisodeSuggestion suggestion = summariser(Optional.of("sk-test"), "").suggest(EPISODE);

        assertEquals(new EpisodeSuggestion("Nora explains key transparency.", List.of("Keys", "Audits", "Directories"),
                List.of(new SuggestedChapter(0, "Welcome"), new SuggestedChapter(240_500, "Audits")), TextSource.MODEL,
                "test-model"), suggestion);
        Received request = service.received().get(0);
        assertEquals("/base/v1/chat/completions", request.path());
        assertEquals("Bearer sk-test", request.authorization());
        assertEquals(EpisodePrompt.request("test-model", EPISODE, true),
                Json.createReader(new StringReader(request.body())).readObject());
    }

    @Test
    void anEpisodeIsAskedAgainWithoutTheJsonModeOfAServiceThatRefusesIt() throws Exception {
        service.then(new Reply(400, "{\"error\": {\"message\": \"response_format is not supported\"}}"),
                new Reply(200, GOOD_SUGGESTION));

        assertEquals("test-model", summariser(Optional.empty(), "").suggest(EPISODE).model());

        assertEquals(EpisodePrompt.request("test-model", EPISODE, false),
                Json.createReader(new StringReader(service.received().get(1).body())).readObject());
        assertEquals(List.of(), waits);
    }

    @Test
    void anEpisodeIsAskedAgainAfterAnOverloadAndItsFailuresNeverHoldTheKey() throws Exception {
        service.then(new Reply(429, "{\"error\": {\"message\": \"slow down\"}}"), new Reply(200, GOOD_SUGGESTION));
        assertEquals("Nora explains key transparency.", summariser(Optional.empty(), "").suggest(EPISODE).summary());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);

        service.then(new Reply(200, EpisodeModelAnswerTest.answer(EpisodeModelAnswerTest.content("Key <i>sk-test</i>.",
                List.of("Keys")))));
        SummaryFailure refused = assertThrows(SummaryFailure.class,
                () -> summariser(Optional.of("sk-test"), "").suggest(EPISODE));
        assertEquals("The answer's summary has markup: Key <i>***</i>.", refused.getMessage());

        service.then(new Reply(401, "{\"error\": {\"message\": \"Incorrect API key provided: sk-test.\"}}"));
        SummaryFailure unauthorised = assertThrows(SummaryFailure.class,
                () -> summariser(Optional.of("sk-test"), "").suggest(EPISODE));
        assertTrue(unauthorised.getMessage().endsWith("answered 401: Incorrect API key provided: ***."),
                unauthorised.getMessage());
    }

    private ModelSummariser summariser(Optional<String> key, String baseEnd) {
        return new ModelSummariser(ServiceCalls.client(), base(baseEnd), "test-model", key, Duration.ofSeconds(10),
                new Retries(3, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add, Clock.systemUTC()));
    }

    private URI base(String end) {
        return service.base("/base" + end);
    }
}
