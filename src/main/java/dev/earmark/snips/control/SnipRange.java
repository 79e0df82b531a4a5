package dev.earmark.snips.control;

import dev.earmark.transcripts.control.Cue;
import java.util.List;

/**
 * The part of an episode a snip covers, and the transcript's words in it.
 *
 * <p>A tap saves what was just heard: the range ends where the tap was and starts its length before, and with a
 * timed transcript both ends move out to the edges of the sentences (cues) they fall in, so that the excerpt starts
 * and ends with whole sentences and plays them whole. The words of a range are the cues whose middle lies in it: a
 * sentence counts when most of it is in, however the range was nudged.
 */
public record SnipRange(long startMillis, long endMillis, List<Cue> excerpt) {

    public SnipRange {
        excerpt = List.copyOf(excerpt);
    }

    /**
     * The range of a tap at {@code atMillis}, {@code lengthMillis} long, within an episode of {@code durationMillis}
     * (null when unknown), aligned to the timed {@code cues} (empty for none).
     */
    public static SnipRange ofTap(long atMillis, long lengthMillis, Long durationMillis, List<Cue> cues) {
        long end = durationMillis == null ? atMillis : Math.min(atMillis, durationMillis);
        long start = Math.max(0, end - lengthMillis);
        for (Cue cue : cues) {
            if (cue.startMillis() <= start && start < cue.endMillis()) {
                start = cue.startMillis();
            }
            if (cue.startMillis() < end && end <= cue.endMillis()) {
                end = cue.endMillis();
            }
        }
        if (durationMillis != null) {
            end = Math.min(end, durationMillis);
        }
        return of(start, end, cues);
    }

    /** The range as given, with the words of the {@code cues} in it. */
    public static SnipRange of(long startMillis, long endMillis, List<Cue> cues) {
        return new SnipRange(startMillis, endMillis, cues.stream()
                .filter(cue -> within(middle(cue), startMillis, endMillis))
                .toList());
    }

    public long lengthMillis() {
        return endMillis - startMillis;
    }

    private static long middle(Cue cue) {
        return cue.startMillis() + (cue.endMillis() - cue.startMillis()) / 2;
    }

    private static boolean within(long millis, long startMillis, long endMillis) {
        return startMillis <= millis && millis <= endMillis;
    }
}
