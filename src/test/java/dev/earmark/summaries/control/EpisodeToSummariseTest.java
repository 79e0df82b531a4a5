package dev.earmark.summaries.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What an episode to summarise says of its transcript, and that it always names a language to write in. */
class EpisodeToSummariseTest {

    @Test
    void aTranscriptIsTimedWhenAnyCueEndsAfterZeroAndEndsWhereItsLastCueEnds() {
        EpisodeToSummarise timed = new EpisodeToSummarise("S", "E", Locale.ENGLISH,
                List.of(new Cue(0, 4_000, null, "One."), new Cue(4_000, 9_500, null, "Two."), new Cue(5_000, 7_000, null, "Over.")));
        EpisodeToSummarise untimed = new EpisodeToSummarise("S", "E", Locale.ENGLISH, List.of(new Cue(0, 0, null, "One.")));

        assertTrue(timed.timed());
        assertEquals(9_500, timed.endMillis());
        assertFalse(untimed.timed());
        assertEquals(0, untimed.endMillis());
    }

    @Test
    void theLanguageToWriteInMustNameOne() {
        assertThrows(IllegalArgumentException.class, () -> new EpisodeToSummarise("S", "E", Locale.ROOT, List.of()));
        assertThrows(NullPointerException.class, () -> new EpisodeToSummarise("S", "E", null, List.of()));
    }
}
