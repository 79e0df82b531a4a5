package dev.earmark.summaries.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.summaries.control.EpisodeSuggestion;
import dev.earmark.summaries.control.SuggestedChapter;
import dev.earmark.testing.server.FakeModelService;
import dev.earmark.testing.server.ServerTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Suggestions by a language model, against a fake chat-completions service the test starts in the server: a good
 * answer is the suggestion, with its chapters on the transcript's cues; an answer breaking the rules, or a service
 * failing every try, gives the built-in suggestion and says why.
 */
class ModelSuggestionsIT extends ServerTest {

    private static final List<String> SETTINGS = List.of("earmark.summary.service-url", "earmark.summary.model",
            "earmark.summary.timeout");

    @Inject
    EpisodeSummaries summaries;

    private FakeModelService model;

    @BeforeEach
    void useTheFakeModel() {
        model = FakeModelService.start();
        System.setProperty(SETTINGS.get(0), model.base() + "v1");
        System.setProperty(SETTINGS.get(1), "fake-llm");
        System.setProperty(SETTINGS.get(2), "10");
    }

    @AfterEach
    void restore() {
        SETTINGS.forEach(System::clearProperty);
        model.close();
    }

    @Test
    void theModelsAnswerIsTheSuggestionWithItsChaptersOnCues() {
        model.script(List.of(FakeModelService.completion("""
                {"summary": "A directory of public keys lets anyone audit the server. Auditors check it only grows.",
                 "topics": ["key transparency", "auditors", "Key Transparency", "public keys"],
                 "chapters": [{"start": "0:00", "title": "Why keys are published"},
                              {"start": "2:10", "title": "What auditors check"}]}""")));
        Episode episode = fixtures.demoTranscript(fixtures.episode(fixtures.show("Modelled"), "Modelled",
                EpisodeStatus.PUBLISHED, now().minusSeconds(60)));

        Suggested suggested = summaries.suggest(episode.getId());

        EpisodeSuggestion suggestion = suggested.suggestion();
        assertNull(suggested.modelFailure());
        assertEquals(TextSource.MODEL, suggestion.source());
        assertEquals("fake-llm", suggestion.model());
        assertEquals("A directory of public keys lets anyone audit the server. Auditors check it only grows.",
                suggestion.summary());
        assertEquals(List.of("key transparency", "auditors", "public keys"), suggestion.topics(), "repeats once");
        List<SuggestedChapter> chapters = suggestion.chapters();
        assertEquals(2, chapters.size(), chapters::toString);
        assertEquals(new SuggestedChapter(0, "Why keys are published"), chapters.get(0));
        assertTrue(chapters.get(1).startMillis() > 120_000 && chapters.get(1).startMillis() <= 131_000,
                "on the cue said at 2:10: " + chapters.get(1));
        JsonArray messages = model.received().get(0).body().getJsonArray("messages");
        assertTrue(messages.getJsonObject(0).getString("content").contains("English (en)"), "in the show's language");
        assertTrue(messages.getJsonObject(1).getString("content").contains("[0:00]"), "the transcript with its times");
    }

    @Test
    void aBrokenAnswerOrAFailingServiceGivesTheBuiltInSuggestionAndSaysWhy() {
        Episode episode = fixtures.demoTranscript(fixtures.episode(fixtures.show("Fallen back"), "Fallen back",
                EpisodeStatus.PUBLISHED, now().minusSeconds(60)));
        model.script(List.of(FakeModelService.completion("{\"summary\": \"<b>Bold</b>\", \"topics\": [\"x\"]}")));

        Suggested broken = summaries.suggest(episode.getId());

        assertEquals(TextSource.EXTRACT, broken.suggestion().source());
        assertFalse(broken.suggestion().summary().isBlank());
        assertTrue(broken.modelFailure().contains("markup"), broken.modelFailure());

        model.script(List.of(FakeModelService.error(500, Map.of()), FakeModelService.error(500, Map.of()),
                FakeModelService.error(500, Map.of()), FakeModelService.error(500, Map.of())));
        Suggested failing = summaries.suggest(episode.getId());

        assertEquals(TextSource.EXTRACT, failing.suggestion().source());
        assertTrue(failing.modelFailure().contains("500"), failing.modelFailure());
        assertEquals(5, model.received().size(), "one try for the broken answer, four for the failing service");
    }
}
