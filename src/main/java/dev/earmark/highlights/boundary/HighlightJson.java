package dev.earmark.highlights.boundary;

import dev.earmark.highlights.entity.Highlight;
import java.util.List;

/**
 * A moment as the API gives it to the widget and anyone else: where it lies (seconds, to the millisecond), how many
 * listeners saved it, its title and takeaways. Never who saved it.
 */
public record HighlightJson(double start, double end, int listeners, String title, List<String> takeaways) {

    public static HighlightJson of(Highlight highlight) {
        return new HighlightJson(seconds(highlight.getStartMillis()), seconds(highlight.getEndMillis()),
                highlight.getListeners(), highlight.getTitle(), highlight.getTakeaways());
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }

    /** An episode's moments, most saved first. */
    public record Listing(long episodeId, List<HighlightJson> items) {
    }
}
