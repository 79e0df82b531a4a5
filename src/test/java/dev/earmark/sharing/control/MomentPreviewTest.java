package dev.earmark.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What link previews say of a moment: title with the episode's, a short description from takeaways or words. */
class MomentPreviewTest {

    @Test
    void theTitleNamesTheMomentAndItsEpisode() {
        assertEquals("Why we ship on Fridays · Episode 54",
                MomentPreview.of("Why we ship on Fridays", "Episode 54", List.of(), List.of(), "").title());
        assertEquals("Episode 54", MomentPreview.of("Episode 54", "Episode 54", List.of(), List.of(), "").title(),
                "a moment titled by its episode is not named twice");
    }

    @Test
    void theDescriptionIsTheTakeawaysElseTheWordsSaidElseTheEpisodes() {
        assertEquals("Ship small. Measure it.", MomentPreview.of("t", "e",
                List.of("Ship small.", "Measure it."), List.of("Words said."), "The episode.").description());
        assertEquals("We said this. And that.",
                MomentPreview.of("t", "e", List.of(), List.of("We said\nthis.", " And that. "), "The episode.")
                        .description());
        assertEquals("The episode.", MomentPreview.of("t", "e", List.of(), List.of(), "The episode.").description(),
                "a moment of an episode without a transcript yet");
    }

    @Test
    void aLongDescriptionIsCutAtAWordWithinTheLimit() {
        String words = "word ".repeat(100);
        String description = MomentPreview.of("t", "e", List.of(), List.of(words), "").description();
        assertTrue(description.length() <= MomentPreview.DESCRIPTION_MAX, description);
        assertTrue(description.endsWith("word…"), description);
        String oneLongWord = "x".repeat(500);
        assertEquals(MomentPreview.DESCRIPTION_MAX,
                MomentPreview.of("t", "e", List.of(), List.of(oneLongWord), "").description().length());
    }
}
