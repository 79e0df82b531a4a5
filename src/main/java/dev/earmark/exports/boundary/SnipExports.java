package dev.earmark.exports.boundary;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.exports.control.SnipExport;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.snips.boundary.SnipFilter;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A listener's snips as the services get them, read only through {@link Snips#allOwn}: the listener's own, never
 * another's. Links are absolute, below the base the listener reached Earmark at. No transaction of its own: the snips'
 * words are read with {@code allOwn}'s batch reading, and turned into exports after its transaction (EclipseLink's
 * check for changes at the commit fails on batch-read words of an element collection that were looked at within it).
 */
@ApplicationScoped
public class SnipExports {

    @Inject
    Snips snips;

    @Inject
    CatalogueLinks links;

    public List<SnipExport> of(String listener, SnipFilter filter, BaseUrl base) {
        return snips.allOwn(listener, filter).stream().map(snip -> export(snip, base)).toList();
    }

    /** How many snips the filter picks. */
    public long count(String listener, SnipFilter filter) {
        return snips.countOwn(listener, filter);
    }

    private SnipExport export(Snip snip, BaseUrl base) {
        Episode episode = snip.getEpisode();
        String episodeUrl = base.absolute(links.episode(episode));
        String artwork = links.artwork(episode.getShow());
        String excerpt = snip.getExcerpt().stream().map(TranscriptCue::getText).collect(Collectors.joining(" "));
        return new SnipExport(snip.getId(), episode.getId(), episode.getTitle(), episode.getShow().getTitle(),
                snip.getStartMillis(), snip.getEndMillis(), snip.getTitle(), excerpt, snip.getTakeaways(), snip.getNote(),
                snip.getCreatedAt(), episodeUrl, episodeUrl + "#t=" + snip.getStartMillis() / 1000 + ","
                        + (snip.getEndMillis() + 999) / 1000,
                base.absolute(Route.SNIP_PAGE.path(snip.getId())), artwork == null ? null : base.absolute(artwork));
    }
}
