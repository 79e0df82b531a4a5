package dev.earmark.insights.control;

/** Whole seconds of an episode that a player played, start inclusive, end exclusive: what is stored of a range. */
public record HeardRange(int startSecond, int endSecond) {
}
