package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Locale;

/** PLACEHOLDER until the model branch is merged. */
public record EpisodeToSummarise(String showTitle, String episodeTitle, Locale language, List<Cue> cues) {
}
