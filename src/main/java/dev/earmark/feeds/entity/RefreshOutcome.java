package dev.earmark.feeds.entity;

/** What a feed's last refresh (or its first import) did. */
public enum RefreshOutcome {
    /** Fetched and imported: the counts say what changed. */
    OK,
    /** The feed's server said it did not change (304): nothing imported. */
    NOT_MODIFIED,
    /** Refused or failed, with the reason: nothing changed. */
    FAILED
}
