package dev.earmark.snips.web;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.web.Formats;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.web.Links;
import dev.earmark.snips.entity.Snip;
import dev.earmark.snips.entity.SummarySource;
import dev.earmark.transcripts.control.MediaFragment;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How the listener's pages show a snip: its addresses, its range, its excerpt by speaker. */
@Named
@RequestScoped
public class SnipView {

    /** What one speaker says in a row within the excerpt; the speaker is null when the transcript does not say. */
    public record Said(String speaker, String text) {
    }

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

    /** The episode's audio with the range as a media fragment, for the snip's own player; null without audio. */
    public String audio(Snip snip) {
        String audio = catalogueLinks.audio(snip.getEpisode());
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
        return said(snip.getExcerpt());
    }

    /** Any excerpt (a highlight's too) as people read it: consecutive cues of one speaker joined. */
    public List<Said> said(List<TranscriptCue> excerpt) {
        List<Said> said = new ArrayList<>();
        for (TranscriptCue cue : excerpt) {
            int last = said.size() - 1;
            if (last >= 0 && Objects.equals(said.get(last).speaker(), cue.getSpeaker())) {
                said.set(last, new Said(cue.getSpeaker(), said.get(last).text() + " " + cue.getText()));
            } else {
                said.add(new Said(cue.getSpeaker(), cue.getText()));
            }
        }
        return said;
    }

    private static String fragment(Snip snip) {
        return MediaFragment.range(snip.getStartMillis(), snip.getEndMillis());
    }
}
