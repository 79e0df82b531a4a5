package dev.earmark.insights.control;

/** One of an episode's most saved moments (highlights), as the dashboard lists it. */
public record TopMoment(long startMillis, long endMillis, int listeners, String title, boolean hidden) {
}
