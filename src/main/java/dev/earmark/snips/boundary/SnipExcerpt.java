package dev.earmark.snips.boundary;

import dev.earmark.summaries.control.ExcerptToSummarise;

/**
 * A snip's excerpt as read before the model is asked, with the range it covered then: the model's summary is stored
 * only if the snip still covers it ({@link Snips#completeSummary}).
 */
public record SnipExcerpt(long startMillis, long endMillis, ExcerptToSummarise excerpt) {
}
