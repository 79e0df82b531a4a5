package dev.earmark.exports.control;

import java.time.Instant;
import java.util.List;

/**
 * What a service gets of one snip: its words, title, takeaways and note, its episode and show, and the absolute links
 * (the episode's page, the moment on it, the snip's own page, the show's artwork: null when it has none).
 *
 * @param momentUrl   the episode's page playing the snip's range ({@code #t=start,end})
 * @param snipUrl     the listener's page of the snip: stable while the snip is edited and nudged, one per snip
 */
public record SnipExport(long snipId, long episodeId, String episodeTitle, String showTitle, long startMillis,
        long endMillis, String title, String excerpt, List<String> takeaways, String note, Instant savedAt,
        String episodeUrl, String momentUrl, String snipUrl, String artworkUrl) {

    public SnipExport {
        takeaways = List.copyOf(takeaways);
    }

    /** "12:05" or "1:02:05", the start as a listener reads it. */
    public String startTime() {
        return clock(startMillis / 1000);
    }

    /** "12:05–12:50". */
    public String range() {
        return clock(startMillis / 1000) + "–" + clock((endMillis + 999) / 1000);
    }

    static String clock(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }
}
