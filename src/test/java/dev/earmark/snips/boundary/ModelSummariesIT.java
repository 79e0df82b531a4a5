package dev.earmark.snips.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.snips.entity.Snip;
import dev.earmark.snips.entity.SummarySource;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.FakeModelService;
import dev.earmark.testing.server.FakeModelService.Received;
import dev.earmark.testing.server.ServerTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Snips' titles and takeaways by a language model, against a fake chat-completions service that the test starts in
 * the server (which makes the call): a good answer replaces the extractive summary; malformed JSON, an answer
 * breaking the rules, silence beyond the time limit keep it; a 500 and a 429 are tried again.
 */
class ModelSummariesIT extends ServerTest {

    private static final String SERVICE_URL = "earmark.summary.service-url";
    private static final String MODEL = "earmark.summary.model";
    private static final String TIMEOUT = "earmark.summary.timeout";
    private static final String LISTENER = "listener";
    /** A minute of two people talking, each sentence long enough to be a takeaway. */
    private static final String TRANSCRIPT = """
            WEBVTT

            00:00.000 --> 00:08.000
            <v Ada>Every public key that the server holds is published in a directory that anyone can read.

            00:08.000 --> 00:16.000
            <v Ada>The directory changes whenever a person installs the messaging application on a new phone.

            00:16.000 --> 00:24.000
            <v Brian>So an auditor outside the company compares each published version with the previous version?

            00:24.000 --> 00:34.000
            <v Ada>Exactly, independent auditors verify that published versions only ever grow and never rewrite history.

            00:34.000 --> 00:44.000
            <v Ada>A rewritten history would reveal that somebody swapped a public key to read private messages.

            00:44.000 --> 00:58.000
            <v Brian>Publishing the directory therefore turns a hidden server promise into something people can check.
            """;

    @Inject
    Snips snips;

    @Inject
    ModelSummaries summaries;

    private FakeModelService model;

    @BeforeEach
    void useTheFakeModel() {
        model = FakeModelService.start();
        System.setProperty(SERVICE_URL, model.base() + "v1");
        System.setProperty(MODEL, "fake-llm");
        System.setProperty(TIMEOUT, "10");
    }

    @AfterEach
    void restore() {
        for (String property : List.of(SERVICE_URL, MODEL, TIMEOUT)) {
            System.clearProperty(property);
        }
        model.close();
    }

    @Test
    void theModelsTitleAndTakeawaysReplaceTheExtractiveOnes() {
        model.script(List.of(FakeModelService.summary(" Keys anyone can check ",
                "Every public key is published in a directory.", "Independent auditors check that it only grows.")));

        Snip saved = save("A good answer");
        assertEquals(SummarySource.EXTRACT, saved.getSummarySource(), "the extractive summary at once");

        Snip summarised = finished(saved);
        assertEquals(SummarySource.MODEL, summarised.getSummarySource());
        assertEquals("fake-llm", summarised.getSummaryModel());
        assertEquals("Keys anyone can check", summarised.getTitle());
        assertEquals(List.of("Every public key is published in a directory.", "Independent auditors check that it only grows."),
                summarised.getTakeaways());

        Received request = model.received().get(0);
        assertEquals("/v1/chat/completions", request.path(), "the base's /v1 not repeated");
        assertEquals("Bearer " + System.getenv("EARMARK_SUMMARY_SERVICE_KEY"), request.authorization(),
                "the key from the server's environment (pom.xml sets it for the servers under test)");
        assertEquals("fake-llm", request.body().getString("model"));
        assertEquals("json_object", request.body().getJsonObject("response_format").getString("type"));
        String excerpt = request.body().getJsonArray("messages").getJsonObject(1).getString("content");
        assertTrue(excerpt.startsWith("Show: A good answer\nEpisode: A good answer\nExcerpt:\nAda: Every public key"), excerpt);
        assertTrue(excerpt.contains("\nBrian: So an auditor outside the company"), excerpt);
    }

    @Test
    void aListenersOwnTitleStaysWhileTheTakeawaysComeFromTheModel() {
        System.clearProperty(MODEL);
        Snip saved = save("Own title");
        Snip retitled = snips.edit(LISTENER, saved.getId(), saved.getVersion(), new SnipEdit("My title", "", List.of()));
        System.setProperty(MODEL, "fake-llm");
        model.script(List.of(FakeModelService.summary("The model's title", "Every public key is published.")));

        Snip nudged = snips.nudge(LISTENER, saved.getId(), retitled.getVersion(), 0, -5_000);

        Snip summarised = finished(nudged);
        assertEquals(1, model.received().size(), "asked for the nudged snip only");
        assertEquals(SummarySource.MODEL, summarised.getSummarySource());
        assertEquals("My title", summarised.getTitle());
        assertEquals(List.of("Every public key is published."), summarised.getTakeaways());
    }

    @Test
    void malformedJsonKeepsTheExtractiveSummary() {
        model.script(List.of(FakeModelService.completion("{\"title\": \"Keys\", \"takeaways\": [\"Every key is")));

        assertKept(save("Malformed JSON"), 1);
    }

    @Test
    void answersBreakingTheRulesKeepTheExtractiveSummary() {
        model.script(List.of(FakeModelService.summary("Four", "One thing.", "Two things.", "Three things.", "Four things.")));
        assertKept(save("Four takeaways"), 1);

        model.script(List.of(FakeModelService.summary("Keys", "Every key is <b>public</b>.")));
        assertKept(save("Markup"), 2);

        model.script(List.of(FakeModelService.summary("A title far longer than eighty characters, which no snip's title "
                + "may be, however good", "Every key is public.")));
        assertKept(save("Too long"), 3);
    }

    @Test
    void aServiceSilentBeyondTheTimeLimitIsTriedAgainThenGivenUp() {
        System.setProperty(TIMEOUT, "1");
        model.script(List.of(FakeModelService.silence()));

        assertKept(save("Silence"), 4);
    }

    @Test
    void aServerErrorIsTriedAgain() {
        model.script(List.of(FakeModelService.error(500, Map.of()), FakeModelService.summary("After an error", "It worked.")));

        Snip summarised = finished(save("Server error"));

        assertEquals("After an error", summarised.getTitle());
        assertEquals(2, model.received().size());
    }

    @Test
    void tooManyRequestsWaitsAsTheServiceSays() {
        model.script(List.of(FakeModelService.error(429, Map.of("Retry-After", "2")),
                FakeModelService.summary("After a wait", "It worked.")));
        long start = System.nanoTime();

        Snip summarised = finished(save("Rate limited"));

        assertEquals("After a wait", summarised.getTitle());
        assertEquals(2, model.received().size());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) >= 0,
                "Retry-After's 2 s, not the first back-off's 1 s");
    }

    @Test
    void withoutAModelNothingIsAsked() {
        System.clearProperty(MODEL);

        Snip saved = save("No model");

        assertEquals(false, summaries.isAsking(saved.getId()));
        assertEquals(List.of(), model.received());
    }

    private Snip save(String title) {
        Episode episode = fixtures.transcript(fixtures.episode(fixtures.show(title), title, EpisodeStatus.PUBLISHED,
                now().minusSeconds(60)), "talk.vtt", TRANSCRIPT);
        return snips.earmark(LISTENER, new NewSnip(episode.getId(), 60_000, 60_000, UUID.randomUUID().toString())).snip();
    }

    /** The snip once the model has been asked for its summary, however that ended. */
    private Snip finished(Snip saved) {
        Eventually.await("the model's summary of " + saved.getTitle(), summaries.changes(),
                () -> summaries.isAsking(saved.getId()) ? null : Optional.of(saved.getId()));
        return snips.getOwn(LISTENER, saved.getId());
    }

    /** @param requests how many requests the fake has had by the end, this snip's included */
    private void assertKept(Snip saved, int requests) {
        assertEquals(SummarySource.EXTRACT, saved.getSummarySource());
        Snip after = finished(saved);
        assertEquals(requests, model.received().size());
        assertEquals(SummarySource.EXTRACT, after.getSummarySource());
        assertNull(after.getSummaryModel());
        assertEquals(saved.getTitle(), after.getTitle());
        assertEquals(saved.getTakeaways(), after.getTakeaways());
    }
}
