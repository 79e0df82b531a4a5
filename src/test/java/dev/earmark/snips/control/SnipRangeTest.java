package dev.earmark.snips.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnipRangeTest {

    private static final List<Cue> CUES = List.of(
            new Cue(0, 8_000, "Pascal", "One."),
            new Cue(8_500, 20_000, "Clara", "Two."),
            new Cue(20_500, 31_000, "Clara", "Three."),
            new Cue(31_500, 45_000, "Pascal", "Four."));

    @Test
    void aTapKeepsItsLengthBeforeItWidenedToTheSentencesBothEndsFallIn() {
        SnipRange range = SnipRange.ofTap(25_000, 15_000, 60_000L, CUES);

        assertEquals(8_500, range.startMillis());
        assertEquals(31_000, range.endMillis());
        assertEquals(List.of("Two.", "Three."), texts(range));
    }

    @Test
    void aTapBetweenSentencesStaysWhereItWas() {
        SnipRange range = SnipRange.ofTap(20_200, 12_000, null, CUES);

        assertEquals(8_200, range.startMillis());
        assertEquals(20_200, range.endMillis());
        assertEquals(List.of("Two."), texts(range), "one whose middle is inside");
    }

    @Test
    void aTapNearTheStartBeginsAtZeroAndOneBeyondTheEndEndsThere() {
        assertEquals(0, SnipRange.ofTap(5_000, 60_000, 60_000L, CUES).startMillis());
        SnipRange atTheEnd = SnipRange.ofTap(50_000, 30_000, 40_000L, CUES);
        assertEquals(40_000, atTheEnd.endMillis(), "the end of the episode, though the sentence runs on");
        assertEquals(8_500, atTheEnd.startMillis());
    }

    @Test
    void withoutCuesTheRangeIsTheTapsAndHasNoWords() {
        SnipRange range = SnipRange.ofTap(120_000, 60_000, 3_600_000L, List.of());

        assertEquals(60_000, range.startMillis());
        assertEquals(120_000, range.endMillis());
        assertEquals(List.of(), range.excerpt());
    }

    @Test
    void aNudgedRangeHasTheSentencesMostlyInIt() {
        assertEquals(List.of("Two.", "Three."), texts(SnipRange.of(13_000, 27_000, CUES)));
        assertEquals(List.of("Three."), texts(SnipRange.of(15_000, 27_000, CUES)));
    }

    private static List<String> texts(SnipRange range) {
        return range.excerpt().stream().map(Cue::text).toList();
    }
}
