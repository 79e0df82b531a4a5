package dev.earmark.insights.control;

/** A chapter's start, marked on the drop-off curve's axis. */
public record ChapterStart(long startMillis, String title) {
}
