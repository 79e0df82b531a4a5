package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.summaries.boundary.Suggested;
import dev.earmark.summaries.control.EpisodeSuggestion;
import java.util.List;

/**
 * A suggestion for an episode as the curators' API gives it: nothing of it is saved; a client saves what it takes with
 * a {@code PUT} of the episode. Chapter starts are seconds, as everywhere in the API.
 *
 * @param modelFailure why the site's language model gave no usable answer, when it was asked and the built-in engine
 *                     answered instead; else absent
 */
public record SuggestionJson(String summary, List<String> topics, List<ChapterJson> chapters, TextSource source,
        String model, String modelFailure) {

    /** A suggested chapter: where it starts, in seconds, and its title. */
    public record ChapterJson(double start, String title) {
    }

    static SuggestionJson of(Suggested suggested) {
        EpisodeSuggestion suggestion = suggested.suggestion();
        return new SuggestionJson(suggestion.summary(), suggestion.topics(), suggestion.chapters().stream()
                .map(chapter -> new ChapterJson(chapter.startMillis() / 1000.0, chapter.title()))
                .toList(), suggestion.source(), suggestion.model(), suggested.modelFailure());
    }
}
