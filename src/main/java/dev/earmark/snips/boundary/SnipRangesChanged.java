package dev.earmark.snips.boundary;

/**
 * The ranges of an episode's snips changed: a snip was saved, nudged, deleted or restored, or got its range from a
 * transcript that arrived. Fired in the changing transaction; observers that read the ranges do so after it commits.
 */
public record SnipRangesChanged(long episodeId) {
}
