package dev.earmark.feeds.boundary;

import dev.earmark.feeds.control.FeedFetcher;
import dev.earmark.feeds.control.FetchRefusedException;
import dev.earmark.feeds.control.Fetched;
import dev.earmark.feeds.control.Validators;
import dev.earmark.feeds.entity.FeedSource;
import dev.earmark.feeds.entity.RefreshInterval;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.LocalizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shows imported from a feed's address and kept current with it: the first import records the address and the
 * validators; a refresh asks with a conditional GET (a 304 imports nothing), on a schedule per show or when a curator
 * asks. One server refreshes a feed at a time (a claim in the database). No transaction spans the network: the claim,
 * the import and the outcome each have their own.
 */
@ApplicationScoped
public class FeedSources {

    /** The largest feed fetched: a 1,000-episode feed with full notes is a few megabytes. */
    public static final long MAX_FEED_BYTES = 20L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(FeedSources.class.getName());

    @Inject
    FeedFetcher fetcher;

    @Inject
    FeedImport feedImport;

    @Inject
    FeedSourceStore store;

    /** A show imported just now from a feed's address, now followed. */
    public record Followed(FeedSource source, ImportReport report) {
    }

    /**
     * Fetches the feed and imports it into the show named (else the show followed from that address, else a new one),
     * then follows it. A refused fetch or feed changes nothing.
     *
     * @throws FetchRefusedException or the import's refusal (both {@link LocalizedException}s)
     */
    public Followed importFromUrl(String url, Optional<String> showSlug, boolean copyAudio, RefreshInterval interval) {
        URI address = address(url);
        Optional<String> target = showSlug.or(() -> store.findByUrl(address.toString()).map(source -> source.getShow().getSlug()));
        Fetched fetched = fetcher.fetch(address, Validators.NONE, MAX_FEED_BYTES);
        ImportReport report = feedImport.importFeed(fetched.body(), new ImportRequest(target, address, copyAudio));
        return new Followed(store.followed(report.showSlug(), address.toString(), copyAudio, interval, fetched.validators(),
                report), report);
    }

    /**
     * Refreshes the show's feed now, whether due or not.
     *
     * @throws FeedSourceNotFoundException when the show is not followed
     * @throws ConcurrentChangeException when a server is refreshing it already
     */
    public RefreshResult refresh(long showId) {
        long sourceId = store.getByShow(showId).getId();
        String claim = UUID.randomUUID().toString();
        if (!store.claim(sourceId, claim)) {
            throw new ConcurrentChangeException("feeds.refresh.busy");
        }
        return refreshClaimed(sourceId, claim);
    }

    /** Refreshes the feeds that are due and that no other server has taken, at most {@code most}; how many it did. */
    public int refreshDue(int most) {
        int done = 0;
        for (long sourceId : store.dueIds(most)) {
            String claim = UUID.randomUUID().toString();
            if (claimQuietly(sourceId, claim)) {
                refreshClaimed(sourceId, claim);
                done++;
            }
        }
        return done;
    }

    /** Another server's claim of the same row may make the database refuse ours: a claim lost, not an error. */
    private boolean claimQuietly(long sourceId, String claim) {
        try {
            return store.claim(sourceId, claim);
        } catch (RuntimeException refused) {
            LOG.log(Level.FINE, "Claim of feed source " + sourceId + " refused", refused);
            return false;
        }
    }

    private RefreshResult refreshClaimed(long sourceId, String claim) {
        Optional<FeedSource> claimed = store.claimed(sourceId, claim);
        if (claimed.isEmpty()) {
            return RefreshResult.failed("feeds.refresh.gone");
        }
        FeedSource source = claimed.get();
        try {
            URI address = URI.create(source.getUrl());
            Fetched fetched = fetcher.fetch(address, new Validators(source.getEntityTag(), source.getLastModified()),
                    MAX_FEED_BYTES);
            if (fetched.notModified()) {
                store.notModified(sourceId, claim, fetched.validators());
                return RefreshResult.notModified();
            }
            ImportReport report = feedImport.importFeed(fetched.body(),
                    new ImportRequest(Optional.of(source.getShow().getSlug()), address, source.isCopyAudio()));
            store.refreshed(sourceId, claim, fetched.validators(), report);
            return RefreshResult.imported(report);
        } catch (LocalizedException refused) {
            store.failed(sourceId, claim, refused.messageKey(), refused.arguments());
            return RefreshResult.failed(refused.messageKey(), refused.arguments());
        } catch (RuntimeException unexpected) {
            // Recorded as failed rather than left claimed: the page would show it running until the lease ran out.
            LOG.log(Level.WARNING, "Refreshing feed source " + sourceId + " failed unexpectedly", unexpected);
            store.failed(sourceId, claim, "feeds.refresh.unexpected");
            return RefreshResult.failed("feeds.refresh.unexpected");
        }
    }

    private static URI address(String url) {
        try {
            URI address = new URI(url == null ? "" : url.strip());
            if (!address.isAbsolute()) {
                throw new FetchRefusedException("feeds.fetch.address", String.valueOf(url));
            }
            return address;
        } catch (URISyntaxException unreadable) {
            throw new FetchRefusedException("feeds.fetch.address", url);
        }
    }
}
