package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a language model is told of an episode to suggest its summary, topics and chapters.
 *
 * @param showTitle    the show's title
 * @param episodeTitle the episode's title
 * @param language     the show's language, which the texts are to be written in
 * @param cues         the whole transcript, in the order it is spoken; an untimed transcript's cues all at 0
 */
public record EpisodeToSummarise(String showTitle, String episodeTitle, Locale language, List<Cue> cues) {

    public EpisodeToSummarise {
        Objects.requireNonNull(showTitle, "showTitle");
        Objects.requireNonNull(episodeTitle, "episodeTitle");
        if (language.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("a show's language names a language: " + language.toLanguageTag());
        }
        cues = List.copyOf(cues);
    }

    /** Whether the cues say when they are spoken (a transcript without times has every cue at 0), so chapters can be placed. */
    public boolean timed() {
        return cues.stream().anyMatch(cue -> cue.endMillis() > 0);
    }

    /** Where the transcript ends: the latest end of a cue. */
    public long endMillis() {
        return cues.stream().mapToLong(Cue::endMillis).max().orElse(0);
    }
}
