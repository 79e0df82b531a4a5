package dev.earmark.insights.control;

/** A place of listening with its plays, or an app with its downloads; {@code name} is the origin or app ("" else). */
public record Place(PlaceKind kind, String name, long count) {
}
