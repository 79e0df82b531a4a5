package dev.earmark.summaries.boundary;

import dev.earmark.summaries.control.EpisodeSuggestion;
import java.io.Serializable;

/**
 * What Earmark suggests for an episode, and, when the site's language model was asked and failed, why: the suggestion
 * then comes from the built-in engine.
 *
 * @param modelFailure the reason in the log's words (never a key), or {@code null}
 */
public record Suggested(EpisodeSuggestion suggestion, String modelFailure) implements Serializable {
}
