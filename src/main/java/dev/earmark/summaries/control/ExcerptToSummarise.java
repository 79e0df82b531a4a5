package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Objects;

/**
 * What a language model is told of a snip: the cues of its range, speakers kept, and where they were said.
 *
 * @param showTitle    the show's title
 * @param episodeTitle the episode's title
 * @param cues         the excerpt, in the order they are spoken
 */
public record ExcerptToSummarise(String showTitle, String episodeTitle, List<Cue> cues) {

    public ExcerptToSummarise {
        Objects.requireNonNull(showTitle, "showTitle");
        Objects.requireNonNull(episodeTitle, "episodeTitle");
        cues = List.copyOf(cues);
    }
}
