package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.summaries.control.EpisodeSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a save does to an episode's summary and topics, and what it took of a suggestion. Each keeps its source while
 * it is unchanged; a changed one is the curator's, unless it is exactly what the suggestion on the curator's screen
 * said, which keeps that suggestion's source (the built-in extract, or the model by name). Chapters are the curator's
 * table: those of the suggestion that a save adds are only named in the audit trail.
 */
final class SummaryEdits {

    private SummaryEdits() {
    }

    /**
     * Applies the draft's summary and topics (already as stored when it sent none) to the episode.
     *
     * @param chaptersBefore the episode's chapters before the save
     * @param offered        the suggestion the curator saw, if any
     * @return what the save took of the suggestion, as the audit trail records it; empty for nothing
     * @throws InvalidFieldException for a summary or topics over their limits
     */
    static List<String> apply(EpisodeDraft draft, Episode episode, List<ChapterMark> chaptersBefore,
            Optional<EpisodeSuggestion> offered) {
        check(draft);
        List<String> taken = new ArrayList<>();
        EpisodeSummary summary = episode.getSummary();
        if (!draft.summary().equals(summary.getText())) {
            Optional<EpisodeSuggestion> same = offered.filter(suggestion -> !draft.summary().isEmpty()
                    && EpisodeSummary.normalText(suggestion.summary()).equals(draft.summary()));
            summary = summary.withText(draft.summary(), sourceOf(same), modelOf(same));
            same.ifPresent(suggestion -> taken.add(suggestion.source().audited("summary", suggestion.model())));
        }
        if (!draft.topics().equals(summary.getTopics())) {
            Optional<EpisodeSuggestion> same = offered.filter(suggestion -> !draft.topics().isEmpty()
                    && EpisodeSummary.normalTopics(suggestion.topics()).equals(draft.topics()));
            summary = summary.withTopics(draft.topics(), sourceOf(same), modelOf(same));
            same.ifPresent(suggestion -> taken.add(suggestion.source().audited("topics", suggestion.model())));
        }
        episode.setSummary(summary);
        offered.filter(suggestion -> draft.chapters().stream()
                        .filter(Predicate.not(chaptersBefore::contains))
                        .anyMatch(added -> suggestion.chapters().stream().anyMatch(chapter ->
                                chapter.startMillis() == added.startMillis() && chapter.title().equals(added.title()))))
                .ifPresent(suggestion -> taken.add(suggestion.source().audited("chapters", suggestion.model())));
        return taken;
    }

    private static void check(EpisodeDraft draft) {
        if (draft.summary().length() > EpisodeSummary.TEXT_MAX) {
            throw new InvalidFieldException("summary", "admin.episode.error.summaryTooLong", EpisodeSummary.TEXT_MAX);
        }
        if (draft.topics().size() > EpisodeSummary.TOPICS_MAX) {
            throw new InvalidFieldException("topics", "admin.episode.error.tooManyTopics", EpisodeSummary.TOPICS_MAX);
        }
        draft.topics().stream().filter(topic -> topic.length() > EpisodeSummary.TOPIC_MAX).findFirst()
                .ifPresent(topic -> {
                    throw new InvalidFieldException("topics", "admin.episode.error.topicTooLong", topic,
                            EpisodeSummary.TOPIC_MAX);
                });
    }

    private static TextSource sourceOf(Optional<EpisodeSuggestion> same) {
        return same.map(EpisodeSuggestion::source).orElse(TextSource.CURATOR);
    }

    private static String modelOf(Optional<EpisodeSuggestion> same) {
        return same.map(EpisodeSuggestion::model).orElse(null);
    }
}
