package dev.earmark.highlights.control;

/** A moment as it was stored before, by its row's id. */
public record StoredMoment(long id, long startMillis, long endMillis) {
}
