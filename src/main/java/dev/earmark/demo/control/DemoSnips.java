package dev.earmark.demo.control;

import dev.earmark.transcripts.control.Cue;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the demo's listeners tapped to save their snips: spread over the conversation at the start of each demo
 * episode, so that every demo snip has words and takeaways. The rest of a demo episode is silence with a spoken
 * minute mark now and then, which nobody would snip. Some moments several listeners saved, each tapping a little
 * earlier or later than the others ({@link #sharedTaps}): those become the episode's most saved moments.
 */
public final class DemoSnips {

    /** The first tap comes a minute in, when a snip of the default length is all conversation. */
    static final long FIRST_TAP_MILLIS = 60_000;
    /** A pause this long ends the conversation. */
    static final long SILENCE_MILLIS = 30_000;
    /** How much later or earlier than the one before each listener taps at a shared moment. */
    static final long TAP_SPREAD_MILLIS = 2_500;

    private DemoSnips() {
    }

    /** The positions of {@code count} taps in an episode with these cues, evenly over its conversation. */
    public static List<Long> taps(int count, List<Cue> cues) {
        long last = lastTap(cues);
        List<Long> taps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            taps.add(count == 1 ? last : FIRST_TAP_MILLIS + (last - FIRST_TAP_MILLIS) * i / (count - 1));
        }
        return taps;
    }

    /**
     * The taps of the listeners of each shared moment: the moments lie in the middles of equal parts of the
     * conversation, and the listeners of one tap around it, alternately later and earlier, each further off.
     *
     * @param listeners how many listeners saved each moment
     * @return per moment, the position of each of its listeners' taps
     */
    public static List<List<Long>> sharedTaps(List<Integer> listeners, List<Cue> cues) {
        long last = lastTap(cues);
        int moments = listeners.size();
        List<List<Long>> taps = new ArrayList<>(moments);
        for (int moment = 0; moment < moments; moment++) {
            long at = FIRST_TAP_MILLIS + (last - FIRST_TAP_MILLIS) * (2L * moment + 1) / (2L * moments);
            List<Long> around = new ArrayList<>();
            for (int listener = 0; listener < listeners.get(moment); listener++) {
                long off = TAP_SPREAD_MILLIS * listener * (listener % 2 == 0 ? 1 : -1);
                around.add(Math.max(0, at + off));
            }
            taps.add(around);
        }
        return taps;
    }

    private static long lastTap(List<Cue> cues) {
        return Math.max(FIRST_TAP_MILLIS, speechEnd(cues));
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
