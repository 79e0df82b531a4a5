package dev.earmark.feeds.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

/** The show is not followed from a feed. */
public class FeedSourceNotFoundException extends NoSuchEntityException {

    public FeedSourceNotFoundException(long showId) {
        super("feeds.refresh.notFollowed", String.valueOf(showId));
    }
}
