package dev.earmark.snips.boundary;

/**
 * A snip's words are new or changed, fired inside the transaction that changed them: a summariser beyond the
 * built-in one (a language model) observes it after success and answers through {@link Snips#completeSummary}.
 */
public record SnipSummaryWanted(long snipId) {
}
