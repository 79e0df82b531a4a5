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
 * older row). A new moment that overlaps none still free is new; a stored one that none takes no longer is one.
 */
public final class MomentMatching {

    private MomentMatching() {
    }

    /**
     * A new moment and the id of the stored moment it continues.
     *
     * @param storedId null for a moment that is new
     */
    public record Match(Moment moment, Long storedId) {
    }

    private record Pair(int moment, StoredMoment stored, long overlap) {
    }

    /** @return a match for each moment, in their order */
    public static List<Match> match(List<Moment> moments, List<StoredMoment> stored) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            for (StoredMoment candidate : stored) {
                long overlap = moments.get(i).overlap(candidate.startMillis(), candidate.endMillis());
                if (overlap > 0) {
                    pairs.add(new Pair(i, candidate, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(Pair::overlap).reversed()
                .thenComparingLong(pair -> pair.stored().id())
                .thenComparingInt(Pair::moment));
        Long[] taken = new Long[moments.size()];
        Set<Long> takenIds = new HashSet<>();
        for (Pair pair : pairs) {
            if (taken[pair.moment()] == null && takenIds.add(pair.stored().id())) {
                taken[pair.moment()] = pair.stored().id();
            }
        }
        List<Match> matches = new ArrayList<>(moments.size());
        for (int i = 0; i < moments.size(); i++) {
            matches.add(new Match(moments.get(i), taken[i]));
        }
        return matches;
    }
}
