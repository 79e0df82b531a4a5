package dev.earmark.sharing.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.highlights.entity.Highlight;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.entity.TranscriptCue;
import java.util.List;

/**
 * A shared moment as its page shows it, a snip's or a highlight's: never who saved it, and a snip's note only when its
 * listener included it.
 *
 * @param noteHtml the snip's note as sanitised HTML when its listener shares it, else empty
 * @param listeners how many listeners saved a highlight; 0 for a snip
 */
public record Moment(String code, Episode episode, long startMillis, long endMillis, String title,
        List<String> takeaways, List<TranscriptCue> excerpt, String noteHtml, int listeners) {

    /** Read while the snip's persistence context is open: the page renders after it closed. */
    static Moment of(Snip snip, Episode visible) {
        return new Moment(snip.getShareCode(), visible, snip.getStartMillis(), snip.getEndMillis(), snip.getTitle(),
                snip.getTakeaways(), snip.getExcerpt(), snip.isShareNote() ? snip.getNoteHtml() : "", 0);
    }

    static Moment of(Highlight highlight) {
        return new Moment(highlight.getShareCode(), highlight.getEpisode(), highlight.getStartMillis(),
                highlight.getEndMillis(), highlight.getTitle(), highlight.getTakeaways(), highlight.getExcerpt(), "",
                highlight.getListeners());
    }

    public boolean isHighlight() {
        return listeners > 0;
    }
}
