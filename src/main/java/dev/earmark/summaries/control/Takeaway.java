package dev.earmark.summaries.control;

/**
 * One key sentence of an excerpt.
 *
 * @param text        at most {@link ExtractiveSummariser#MAX_TAKEAWAY_LENGTH} characters: a whole sentence, or, of
 *                    a longer one, its start up to a word and "…"
 * @param sentence    its place among the excerpt's sentences, from 0
 * @param startMillis when the cue it starts in starts; 0 for a transcript without times
 */
public record Takeaway(String text, int sentence, long startMillis) {
}
