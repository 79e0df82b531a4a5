package dev.earmark.exports.control;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.control.MediaFragment;

/**
 * The absolute links an exported file holds, as they must work from another program: an episode's page, and a snip's
 * moment on it ({@code #t=start,end}, which the player reads as "play this range").
 */
public record MomentLinks(BaseUrl base, CatalogueLinks catalogue) {

    public String episode(Episode episode) {
        return base.absolute(catalogue.episode(episode));
    }

    public String moment(Snip snip) {
        return episode(snip.getEpisode()) + MediaFragment.range(snip.getStartMillis(), snip.getEndMillis());
    }
}
