package dev.earmark.highlights.control;

import dev.earmark.transcripts.control.Cue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The moments of an episode that at least k listeners saved, from its snips' ranges.
 *
 * <p>Each listener counts once wherever their own snips overlap or touch: their ranges are first joined into one
 * (a listener who saves the same minute five times is one listener). A moment is then a maximal stretch of the
 * episode in which at least k listeners' ranges lie (ranges that only touch, one ending where the next starts, never
 * overlap); its listeners are all those whose ranges overlap it, so that a moment may count more than lie in any one
 * of its points, and it lasts at least {@link #MIN_OVERLAP_MILLIS}. With a timed transcript a moment then takes in the
 * whole cues (sentences) its ends fall in, as a snip's range does; an end that falls in no cue is rounded out to
 * {@link #ROUNDING_MILLIS}, so that no moment shows where a listener's snip began or ended. Moments that then overlap
 * become one.
 */
public final class Clustering {

    /**
     * The version of this way of making moments: a deployment whose version differs from the one that made the stored
     * moments makes them all again. Goes up with every change of what {@link #moments} makes.
     */
    public static final int METHOD = 2;

    /**
     * The least time k listeners' ranges must overlap to make a moment: a sliver (1 ms where two snips meet) would
     * expose the exact ends of single snips.
     */
    public static final long MIN_OVERLAP_MILLIS = 5_000;

    /**
     * What an end that no cue takes in is rounded out to (without a timed transcript, every end): never a snip's own
     * exact boundary.
     */
    public static final long ROUNDING_MILLIS = 5_000;

    private Clustering() {
    }

    /** A stretch and whose ranges overlap it, while it is being made. */
    private record Stretch(long start, long end, Set<String> listeners, Instant savedAt) {

        Stretch joinedWith(Stretch other) {
            Set<String> both = new HashSet<>(listeners);
            both.addAll(other.listeners);
            return new Stretch(Math.min(start, other.start), Math.max(end, other.end), both,
                    savedAt.isAfter(other.savedAt) ? savedAt : other.savedAt);
        }
    }

    /**
     * @param ranges       the ranges of an episode's snips (those deleted left out)
     * @param minListeners k, the least number of listeners of a moment (at least 1)
     * @param timedCues    the episode's timed transcript, in the order of their times; empty for none
     * @return the moments in the order of their starts
     */
    public static List<Moment> moments(List<SavedRange> ranges, int minListeners, List<Cue> timedCues) {
        if (minListeners < 1) {
            throw new IllegalArgumentException("a moment needs at least one listener, not " + minListeners);
        }
        List<Stretch> own = joinedPerListener(ranges);
        List<Stretch> moments = new ArrayList<>();
        for (Stretch covered : coveredByAtLeast(own, minListeners)) {
            if (covered.end() - covered.start() < MIN_OVERLAP_MILLIS) {
                continue;
            }
            Stretch moment = widened(withListeners(covered, own), timedCues);
            Stretch previous = moments.isEmpty() ? null : moments.get(moments.size() - 1);
            if (previous != null && moment.start() < previous.end()) {
                moments.set(moments.size() - 1, previous.joinedWith(moment));
            } else {
                moments.add(moment);
            }
        }
        return moments.stream()
                .map(moment -> new Moment(moment.start(), moment.end(), moment.listeners().size(), moment.savedAt()))
                .toList();
    }

    /** Each listener's ranges, those that overlap or touch joined into one. */
    private static List<Stretch> joinedPerListener(List<SavedRange> ranges) {
        Map<String, List<SavedRange>> byListener = new LinkedHashMap<>();
        ranges.forEach(range -> byListener.computeIfAbsent(range.listener(), listener -> new ArrayList<>()).add(range));
        List<Stretch> joined = new ArrayList<>();
        byListener.forEach((listener, own) -> {
            own.sort(Comparator.comparingLong(SavedRange::startMillis));
            Stretch current = null;
            for (SavedRange range : own) {
                Stretch next = new Stretch(range.startMillis(), range.endMillis(), Set.of(listener), range.savedAt());
                if (current != null && next.start() <= current.end()) {
                    current = current.joinedWith(next);
                } else {
                    if (current != null) {
                        joined.add(current);
                    }
                    current = next;
                }
            }
            joined.add(current);
        });
        return joined;
    }

    /** The maximal stretches in which at least {@code k} of the (per listener disjoint) stretches lie. */
    private static List<Stretch> coveredByAtLeast(List<Stretch> own, int k) {
        // How many listeners' stretches start (+1) or end (-1) at each time; all changes at a time apply together.
        TreeMap<Long, Integer> changes = new TreeMap<>();
        own.stream().filter(stretch -> stretch.end() > stretch.start()).forEach(stretch -> {
            changes.merge(stretch.start(), 1, Integer::sum);
            changes.merge(stretch.end(), -1, Integer::sum);
        });
        List<Stretch> covered = new ArrayList<>();
        int count = 0;
        Long openedAt = null;
        for (Map.Entry<Long, Integer> change : changes.entrySet()) {
            count += change.getValue();
            if (count >= k && openedAt == null) {
                openedAt = change.getKey();
            } else if (count < k && openedAt != null) {
                covered.add(new Stretch(openedAt, change.getKey(), Set.of(), Instant.MIN));
                openedAt = null;
            }
        }
        return covered;
    }

    /** The stretch with every listener whose own stretch overlaps it, and the latest time one of them saved. */
    private static Stretch withListeners(Stretch covered, List<Stretch> own) {
        Set<String> listeners = new HashSet<>();
        Instant savedAt = Instant.MIN;
        for (Stretch stretch : own) {
            if (stretch.start() < covered.end() && covered.start() < stretch.end()) {
                listeners.addAll(stretch.listeners());
                savedAt = stretch.savedAt().isAfter(savedAt) ? stretch.savedAt() : savedAt;
            }
        }
        return new Stretch(covered.start(), covered.end(), listeners, savedAt);
    }

    /** Out to the starts and ends of the cues that its ends fall in; an end in no cue out to the rounding. */
    private static Stretch widened(Stretch stretch, List<Cue> cues) {
        long start = Math.floorDiv(stretch.start(), ROUNDING_MILLIS) * ROUNDING_MILLIS;
        long end = -Math.floorDiv(-stretch.end(), ROUNDING_MILLIS) * ROUNDING_MILLIS;
        for (Cue cue : cues) {
            if (cue.startMillis() <= stretch.start() && stretch.start() < cue.endMillis()) {
                start = cue.startMillis();
            }
            if (cue.startMillis() < stretch.end() && stretch.end() <= cue.endMillis()) {
                end = cue.endMillis();
            }
        }
        return new Stretch(start, end, stretch.listeners(), stretch.savedAt());
    }
}
