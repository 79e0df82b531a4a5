package dev.earmark.highlights.control;

/**
 * A moment as it was stored before, by its row's id.
 *
 * @param retired whether it no longer had enough listeners
 * @param hidden  whether a curator hid it
 */
public record StoredMoment(long id, long startMillis, long endMillis, boolean retired, boolean hidden) {
}
