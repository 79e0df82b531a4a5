package dev.earmark.snips.boundary;

/** Which of a listener's snips to list; a null part does not filter. {@code text}: words all found in the snip. */
public record SnipFilter(Long showId, Long episodeId, String tag, String text) {

    public static final SnipFilter ALL = new SnipFilter(null, null, null, null);
}
