package dev.earmark.snips.boundary;

/** A show a listener has snips of, to filter by. */
public record ShowChoice(long id, String title) {
}
