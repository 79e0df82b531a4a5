package dev.earmark.highlights.control;

import java.time.Instant;
import java.util.Objects;

/**
 * The range of one snip, as the clustering reads it: whose it is (only to count each listener once; it never leaves
 * the clustering), where it lies and when it was saved.
 */
public record SavedRange(String listener, long startMillis, long endMillis, Instant savedAt) {

    public SavedRange {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(savedAt, "savedAt");
        if (startMillis < 0 || endMillis < startMillis) {
            throw new IllegalArgumentException("a range runs forward from 0: " + startMillis + " to " + endMillis);
        }
    }
}
