package dev.earmark.insights.control;

/** Where an episode was heard: the player's contexts, then what podcast apps and direct links fetched. */
public enum PlaceKind {
    /** Earmark's own pages. */
    EARMARK,
    /** A portal's page that embeds the player, by its origin. */
    PORTAL,
    /** An embed whose page did not tell its origin. */
    UNKNOWN_EMBED,
    /** A shared moment's page. */
    MOMENT,
    /** Downloads by a podcast app the list of user agents names. */
    APP,
    /** Downloads by anything else: other apps, direct links. */
    OTHER_DOWNLOADS;

    /** Counted in downloads rather than plays. */
    public boolean isDownload() {
        return this == APP || this == OTHER_DOWNLOADS;
    }
}
