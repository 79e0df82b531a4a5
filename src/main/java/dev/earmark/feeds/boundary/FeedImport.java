package dev.earmark.feeds.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Creates or updates a show from a podcast feed: the channel and every item a podcast app reads, matched on
 * re-import by guid, else link, else enclosure address; audited; a report of what was done. A feed that cannot be
 * read changes nothing.
 */
@ApplicationScoped
public class FeedImport {

    /** @throws dev.earmark.platform.control.InvalidParameterException (a subclass) with the reason the feed is refused */
    public ImportReport importFeed(byte[] feed, ImportRequest request) {
        throw new UnsupportedOperationException("FeedImport: the import part is still being built");
    }
}
