package dev.earmark.snips.web;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.web.Formats;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.web.Links;
import dev.earmark.snips.entity.Snip;
import dev.earmark.snips.entity.SummarySource;
import dev.earmark.transcripts.control.ExcerptTurns;
import dev.earmark.transcripts.control.ExcerptTurns.Said;
import dev.earmark.transcripts.control.MediaFragment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** How the listener's pages show a snip: its addresses, its range, its excerpt by speaker. */
@Named
@RequestScoped
public class SnipView {

    @Inject
    Links links;

    @Inject
    CatalogueLinks catalogueLinks;

    @Inject
    Formats formats;

    /** The snip's own page, to edit, nudge or delete it. */
    public String page(Snip snip) {
        return links.path(Route.SNIP_PAGE.path(snip.getId()));
    }

    /** The snip's moment page, absolute, to share; null for a snip saved before snips had codes, until shared. */
    public String shareUrl(Snip snip) {
        return snip.getShareCode() == null ? null : links.absolute(Route.MOMENT_PAGE.path(snip.getShareCode()));
    }

    /** My snips with this tag. */
    public String tagList(String tag) {
        return links.path(Route.SNIPS_PAGE.path()) + "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }

    /** My snips of an episode. */
    public String episodeList(long episodeId) {
        return links.path(Route.SNIPS_PAGE.path()) + "?episode=" + episodeId;
    }

    /** Its episode's page with the range, which the page's player plays. */
    public String episodeMoment(Snip snip) {
        return links.path(catalogueLinks.episode(snip.getEpisode())) + fragment(snip);
    }

    /**
     * The episode's audio with the range as a media fragment, for the snip's own player; null without audio. The
     * player's address, as listening on Earmark's pages is no download (listening insights).
     */
    public String audio(Snip snip) {
        String audio = catalogueLinks.playerAudio(snip.getEpisode());
        return audio == null ? null : links.path(audio) + fragment(snip);
    }

    /** "1:00–2:00". */
    public String range(Snip snip) {
        return range(snip.getStartMillis(), snip.getEndMillis());
    }

    /** "1:00–2:00", of any range (a highlight's too). */
    public String range(long startMillis, long endMillis) {
        return formats.clock(startMillis / 1000.0) + "–" + formats.clock(endMillis / 1000.0);
    }

    /** Whether its title and takeaways wait for a transcript (they follow when the episode has one). */
    public boolean awaitsTranscript(Snip snip) {
        return snip.getSummarySource() == SummarySource.NO_TRANSCRIPT;
    }

    /** Whether a language model wrote its title and takeaways (the page names it), not the built-in summariser. */
    public boolean byModel(Snip snip) {
        return snip.getSummarySource() == SummarySource.MODEL;
    }

    /** The excerpt as people read it: consecutive cues of one speaker joined. */
    public List<Said> excerpt(Snip snip) {
        return ExcerptTurns.of(snip.getExcerpt());
    }

    private static String fragment(Snip snip) {
        return MediaFragment.range(snip.getStartMillis(), snip.getEndMillis());
    }
}
