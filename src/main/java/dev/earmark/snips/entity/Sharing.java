package dev.earmark.snips.entity;

/**
 * Who may open a snip's moment page ({@code /m/{code}}). Whatever the choice, the page never names the listener, shows
 * their note only when they include it, and only to a viewer who may see the episode.
 */
public enum Sharing {
    /** Not shared: the link works for its listener alone. */
    NOBODY,
    /** The default: the link works for everyone signed in to this Earmark (colleagues). */
    SIGNED_IN,
    /** Also for visitors who have not signed in, while the catalogue lets them browse. */
    ANYONE;

    static final int COLUMN_MAX = 10;
}
