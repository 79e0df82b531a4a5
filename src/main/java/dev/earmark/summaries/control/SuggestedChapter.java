package dev.earmark.summaries.control;

import java.io.Serializable;

/**
 * A chapter suggested for an episode: where a topic starts, at the start of one of its transcript's cues, and a title
 * from what it is about.
 *
 * @param startMillis a cue's start
 * @param title       plain text, at most {@link EpisodeSuggestion#CHAPTER_TITLE_MAX} characters
 */
public record SuggestedChapter(long startMillis, String title) implements Serializable {
}
