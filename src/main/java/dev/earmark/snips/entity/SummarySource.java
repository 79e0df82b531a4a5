package dev.earmark.snips.entity;

/** Where a snip's title and takeaways came from. */
public enum SummarySource {
    /** The episode had no timed transcript when the snip was saved: it is summarised when one arrives. */
    NO_TRANSCRIPT,
    /** The excerpt had nothing to take away (small talk only): the title comes from the chapter and episode. */
    NONE,
    /** Sentences of the excerpt itself, by the built-in summariser. */
    EXTRACT,
    /** The site's language model ({@code summaryModel} names it). */
    MODEL
}
