package dev.earmark.sharing.control;

import dev.earmark.notes.control.ShowNotes;
import java.util.List;

/**
 * What a link preview (Open Graph, Twitter Card) says of a moment: its title with the episode's, and a description
 * from its takeaways, else from its words (else the episode's, for a moment without a transcript), short enough for the
 * previews that chat programs and networks show.
 */
public record MomentPreview(String title, String description) {

    /** Previews show about this much; longer text is cut at a word. */
    public static final int DESCRIPTION_MAX = 200;

    public static MomentPreview of(String momentTitle, String episodeTitle, List<String> takeaways,
            List<String> excerpt, String episodeDescription) {
        String title = momentTitle.isBlank() || momentTitle.equals(episodeTitle)
                ? episodeTitle : momentTitle + " · " + episodeTitle;
        List<String> described = !takeaways.isEmpty() ? takeaways
                : !excerpt.isEmpty() ? excerpt : List.of(episodeDescription);
        return new MomentPreview(title, ShowNotes.shortened(
                String.join(" ", described).strip().replaceAll("\\s+", " "), DESCRIPTION_MAX));
    }
}
