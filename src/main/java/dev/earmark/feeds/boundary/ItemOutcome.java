package dev.earmark.feeds.boundary;

/** What an import did with one item of a feed, or with a stored episode the feed no longer has. */
public enum ItemOutcome {
    ADDED,
    UPDATED,
    UNCHANGED,
    /** Not imported, with the reason: nothing stored changed for it. */
    SKIPPED,
    /** A stored episode of the show that the feed no longer has: kept, never deleted, and reported. */
    NOT_IN_FEED
}
