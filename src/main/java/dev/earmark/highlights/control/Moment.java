package dev.earmark.highlights.control;

import java.time.Instant;

/**
 * A stretch of an episode that enough listeners saved.
 *
 * @param listeners how many distinct listeners' snips overlap it
 * @param savedAt   the latest time one of those snips was saved
 */
public record Moment(long startMillis, long endMillis, int listeners, Instant savedAt) {

    /** How long this and the range {@code start}–{@code end} have in common; 0 when they only touch or are apart. */
    public long overlap(long start, long end) {
        return Math.max(0, Math.min(endMillis, end) - Math.max(startMillis, start));
    }
}
