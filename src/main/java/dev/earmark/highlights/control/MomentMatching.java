package dev.earmark.highlights.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which stored moment each newly made moment continues, so that a moment keeps its row, and with it its share code
 * and a curator's decision to hide it, however its range or its listeners change: each new moment takes over the
 * stored one it overlaps most, every stored one is taken at most once, the largest overlaps first (on a tie the
 * older row). Moments now shown go on first: only the moments left over take back retired rows, so that an old row
 * never takes a moment's place from the row listeners know. A new moment that overlaps none still free is new; a
 * stored one that none takes no longer is one.
 *
 * <p>A curator's hiding is never lost: a moment that overlaps any hidden row of the episode, shown or retired, is hidden
 * too (a hidden moment that splits stays hidden in both halves; a merge with a hidden one is hidden).
 */
public final class MomentMatching {

    private MomentMatching() {
    }

    /**
     * A new moment, the id of the stored moment it continues and the hidden row whose hiding it takes on.
     *
     * @param storedId   null for a moment that is new
     * @param hiddenLike the hidden row (shown or retired) it overlaps most; null when it overlaps none
     */
    public record Match(Moment moment, Long storedId, Long hiddenLike) {
    }

    private record Pair(int moment, StoredMoment stored, long overlap) {
    }

    private static final Comparator<Pair> LARGEST_OVERLAP_FIRST = Comparator.comparingLong(Pair::overlap).reversed()
            .thenComparingLong(pair -> pair.stored().id())
            .thenComparingInt(Pair::moment);

    /** @return a match for each moment, in their order */
    public static List<Match> match(List<Moment> moments, List<StoredMoment> stored) {
        List<Pair> pairs = overlapping(moments, stored);
        Long[] taken = new Long[moments.size()];
        Set<Long> takenIds = new HashSet<>();
        take(pairs.stream().filter(pair -> !pair.stored().retired()).toList(), taken, takenIds);
        take(pairs.stream().filter(pair -> pair.stored().retired()).toList(), taken, takenIds);
        Long[] hiddenLike = new Long[moments.size()];
        pairs.stream().filter(pair -> pair.stored().hidden())
                .filter(pair -> hiddenLike[pair.moment()] == null)
                .forEach(pair -> hiddenLike[pair.moment()] = pair.stored().id());
        List<Match> matches = new ArrayList<>(moments.size());
        for (int i = 0; i < moments.size(); i++) {
            matches.add(new Match(moments.get(i), taken[i], hiddenLike[i]));
        }
        return matches;
    }

    /** Every moment and stored one that overlap, the largest overlaps first. */
    private static List<Pair> overlapping(List<Moment> moments, List<StoredMoment> stored) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            for (StoredMoment candidate : stored) {
                long overlap = moments.get(i).overlap(candidate.startMillis(), candidate.endMillis());
                if (overlap > 0) {
                    pairs.add(new Pair(i, candidate, overlap));
                }
            }
        }
        pairs.sort(LARGEST_OVERLAP_FIRST);
        return pairs;
    }

    private static void take(List<Pair> pairs, Long[] taken, Set<Long> takenIds) {
        for (Pair pair : pairs) {
            if (taken[pair.moment()] == null && !takenIds.contains(pair.stored().id())) {
                taken[pair.moment()] = pair.stored().id();
                takenIds.add(pair.stored().id());
            }
        }
    }
}
