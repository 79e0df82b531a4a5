package dev.earmark.feeds.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.control.CatalogueState;
import dev.earmark.catalogue.control.RevisionCache;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.boundary.ShowCuration;
import dev.earmark.feeds.control.FeedAddresses;
import dev.earmark.feeds.control.FeedGuids;
import dev.earmark.feeds.control.RenderedFeed;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Shows' feeds, rendered once per state of the catalogue and kept (bytes and gzip) until it changes: podcast apps
 * poll feeds all day, most of them unchanged. A feed is kept per base URL (its links are absolute) and per setting it
 * depends on; its file URLs are marked where a closed catalogue's listener token goes, so one rendering serves
 * everyone ({@link RenderedFeed}).
 */
@ApplicationScoped
public class FeedDocuments {

    /** Bounded: a feed of a thousand episodes is a few megabytes; guessed base URLs (Host headers) start it afresh. */
    private static final int KEPT_FEEDS = 32;

    /** Where tokens go: a secret of this server's run, so no curator's text can hold it. */
    private final String tokenMark = "EARMARK-TOKEN-" + UUID.randomUUID().toString().replace("-", "");

    private final RevisionCache<Key, Optional<RenderedFeed>> feeds = new RevisionCache<>(KEPT_FEEDS);

    @Inject
    CatalogueRevision revision;

    @Inject
    Catalogue catalogue;

    @Inject
    ShowCuration curation;

    @Inject
    FeedRendering rendering;

    @Inject
    Settings settings;

    /** A show's feed as listeners see it now, with links below {@code base}; empty for a show that does not exist. */
    public Optional<RenderedFeed> find(String slug, BaseUrl base) {
        CatalogueState state = revision.current();
        return feeds.get(state, new Key(slug, base, settings.highlightMinListeners()), key -> render(slug, base));
    }

    /**
     * Writes a show's feed; with a listener's token, every file URL in it carries the token (closed catalogues).
     *
     * @return false when there is no such show (nothing written)
     */
    public boolean write(String slug, BaseUrl base, Optional<String> token, OutputStream out) throws IOException {
        Optional<RenderedFeed> feed = find(slug, base);
        if (feed.isEmpty()) {
            return false;
        }
        if (token.isPresent()) {
            feed.get().writeWithToken(token.get(), out);
        } else {
            feed.get().writeWhole(out);
        }
        return true;
    }

    private Optional<RenderedFeed> render(String slug, BaseUrl base) {
        Optional<Show> show = catalogue.findShow(slug);
        if (show.isEmpty()) {
            return Optional.empty();
        }
        String guid = show.get().getFeedGuid();
        if (guid == null) {
            String feedUrl = base.absolute(Route.FEED.path(slug));
            String fromUrl = FeedGuids.ofFeedUrl(feedUrl).toString();
            // Kept for good only from the configured base URL: without one, the address comes from the request's Host
            // header, and the first one to ask must not fix a show's guid for ever.
            guid = settings.baseUrl().isEmpty() ? fromUrl : curation.assignFeedGuid(show.get().getId(), fromUrl,
                    FeedGuids.ofFeedUrl(feedUrl + "#" + show.get().getId()).toString());
        }
        return rendering.render(slug, guid, new FeedAddresses(base, tokenMark))
                .map(xml -> RenderedFeed.of(xml, tokenMark));
    }

    private record Key(String slug, BaseUrl base, int highlightMinListeners) {
    }
}
