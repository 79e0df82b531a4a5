package dev.earmark.summaries.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.summaries.control.EpisodeSuggestion;
import dev.earmark.testing.server.ServerTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suggestions from an episode's transcript by the built-in engine (no model is set in these tests), and what a show
 * that takes them without review stores: summary and topics where there are none, audited, never a curator's.
 */
class EpisodeSummariesIT extends ServerTest {

    @Inject
    EpisodeSummaries summaries;

    @Inject
    AuditTrail audit;

    @Test
    void aSuggestionComesFromTheTranscriptAndChangesNothing() {
        Episode episode = withTranscript("Suggested");

        Suggested suggested = summaries.suggest(episode.getId());

        EpisodeSuggestion suggestion = suggested.suggestion();
        assertEquals(TextSource.EXTRACT, suggestion.source());
        assertNull(suggestion.model());
        assertNull(suggested.modelFailure(), "no model was asked");
        assertFalse(suggestion.summary().isBlank());
        assertTrue(suggestion.summary().length() <= EpisodeSuggestion.SUMMARY_MAX, suggestion.summary());
        assertFalse(suggestion.topics().isEmpty());
        assertTrue(suggestion.topics().size() <= EpisodeSuggestion.TOPICS_MAX, suggestion.topics()::toString);
        Episode after = fixtures.reload(episode);
        assertEquals(episode.getVersion(), after.getVersion(), "a suggestion is not saved");
        assertEquals("", after.getSummary().getText());
    }

    @Test
    void anEpisodeWithoutTranscriptHasNothingToSuggest() {
        Episode episode = fixtures.episode(fixtures.show("Silent"), "Silent", EpisodeStatus.DRAFT, null);

        NothingToSummariseException refused = assertThrows(NothingToSummariseException.class,
                () -> summaries.suggest(episode.getId()));
        assertEquals("summaries.error.noTranscript", refused.messageKey());
    }

    @Test
    void takenWithoutReviewTheSummaryAndTopicsAreStoredAsTheExtractsAndAudited() {
        Episode episode = withTranscript("Unreviewed");
        EpisodeSuggestion suggestion = summaries.suggest(episode.getId()).suggestion();

        assertTrue(summaries.takeUnreviewed(episode.getId(), suggestion));

        Episode stored = fixtures.reload(episode);
        EpisodeSummary summary = stored.getSummary();
        assertEquals(EpisodeSummary.normalText(suggestion.summary()), summary.getText());
        assertEquals(TextSource.EXTRACT, summary.getTextSource());
        assertEquals(EpisodeSummary.normalTopics(suggestion.topics()), summary.getTopics());
        assertEquals(TextSource.EXTRACT, summary.getTopicsSource());
        assertTrue(stored.getVersion() > episode.getVersion(), "a curator editing it meanwhile is told before saving over it");
        assertEquals(List.of(), stored.getChapters(), "chapters are never taken without review");
        AuditEntry entry = audit.history(AuditSubject.EPISODE, episode.getId()).get(0);
        assertEquals(AuditAction.SUGGESTION_TAKEN, entry.getAction());
        assertEquals("summary EXTRACT, topics EXTRACT", entry.getDetails());

        assertFalse(summaries.takeUnreviewed(episode.getId(), suggestion), "nothing to take a second time");
    }

    @Test
    void aCuratorsSummaryStaysWhenSuggestionsAreTakenWithoutReview() {
        Episode episode = withTranscript("Curated");
        Episode curated = fixtures.reload(episode);
        curated.setSummary(curated.getSummary().withText("What the curator wrote.", TextSource.CURATOR, null));
        fixtures.save(curated);

        assertTrue(summaries.takeUnreviewed(episode.getId(), summaries.suggest(episode.getId()).suggestion()));

        EpisodeSummary summary = fixtures.reload(episode).getSummary();
        assertEquals("What the curator wrote.", summary.getText());
        assertEquals(TextSource.CURATOR, summary.getTextSource());
        assertEquals(TextSource.EXTRACT, summary.getTopicsSource(), "the topics it had none of");
        assertEquals("topics EXTRACT", audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getDetails());
    }

    private Episode withTranscript(String title) {
        Episode episode = fixtures.episode(fixtures.show(title), title, EpisodeStatus.PUBLISHED, now().minusSeconds(60));
        return fixtures.demoTranscript(episode);
    }
}
