package dev.earmark.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSnipsTest {

    private static final List<Cue> CONVERSATION_THEN_MINUTE_MARKS = List.of(
            new Cue(0, 100_000, "Pascal", "Talk."),
            new Cue(100_500, 210_000, "Clara", "More talk."),
            new Cue(300_000, 301_000, null, "Minute 5."),
            new Cue(600_000, 601_000, null, "Minute 10."));

    @Test
    void tapsAreSpreadOverTheConversationFromAMinuteIn() {
        assertEquals(List.of(60_000L, 135_000L, 210_000L), DemoSnips.taps(3, CONVERSATION_THEN_MINUTE_MARKS));
        assertEquals(List.of(210_000L), DemoSnips.taps(1, CONVERSATION_THEN_MINUTE_MARKS));
        assertEquals(List.of(), DemoSnips.taps(0, CONVERSATION_THEN_MINUTE_MARKS));
    }

    @Test
    void withoutWordsTheTapsAreAMinuteIn() {
        assertEquals(List.of(60_000L, 60_000L), DemoSnips.taps(2, List.of()));
    }

    @Test
    void listenersOfASharedMomentTapAroundItsMiddleOfTheConversation() {
        // The conversation runs to 210 s: two moments lie at the middles of 60–135 s and 135–210 s.
        List<List<Long>> taps = DemoSnips.sharedTaps(List.of(5, 3), CONVERSATION_THEN_MINUTE_MARKS);

        assertEquals(List.of(List.of(97_500L, 95_000L, 102_500L, 90_000L, 107_500L),
                List.of(172_500L, 170_000L, 177_500L)), taps);
        assertEquals(List.of(), DemoSnips.sharedTaps(List.of(), CONVERSATION_THEN_MINUTE_MARKS));
    }
}
