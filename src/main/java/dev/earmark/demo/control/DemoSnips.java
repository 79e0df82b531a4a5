package dev.earmark.demo.control;

import dev.earmark.transcripts.control.Cue;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the demo's listeners tapped to save their snips: spread over the conversation at the start of each demo
 * episode, so that every demo snip has words and takeaways. The rest of a demo episode is silence with a spoken
 * minute mark now and then, which nobody would snip.
 */
public final class DemoSnips {

    /** The first tap comes a minute in, when a snip of the default length is all conversation. */
    static final long FIRST_TAP_MILLIS = 60_000;
    /** A pause this long ends the conversation. */
    static final long SILENCE_MILLIS = 30_000;

    private DemoSnips() {
    }

    /** The positions of {@code count} taps in an episode with these cues, evenly over its conversation. */
    public static List<Long> taps(int count, List<Cue> cues) {
        long speechEnd = speechEnd(cues);
        long last = Math.max(FIRST_TAP_MILLIS, speechEnd);
        List<Long> taps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            taps.add(count == 1 ? last : FIRST_TAP_MILLIS + (last - FIRST_TAP_MILLIS) * i / (count - 1));
        }
        return taps;
    }

    private static long speechEnd(List<Cue> cues) {
        long end = 0;
        for (Cue cue : cues) {
            if (end > 0 && cue.startMillis() - end > SILENCE_MILLIS) {
                break;
            }
            end = Math.max(end, cue.endMillis());
        }
        return end;
    }
}
