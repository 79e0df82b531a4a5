package dev.earmark.highlights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.highlights.control.MomentMatching.Match;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MomentMatchingTest {

    private static Moment moment(long start, long end) {
        return new Moment(start, end, 3, Instant.EPOCH);
    }

    @Test
    void aMomentContinuesTheStoredOneItOverlapsMost() {
        Moment moved = moment(50, 150);
        List<Match> matches = MomentMatching.match(List.of(moved),
                List.of(new StoredMoment(1, 0, 60), new StoredMoment(2, 100, 200)));

        assertEquals(List.of(new Match(moved, 2L)), matches);
    }

    @Test
    void aStoredMomentGoesOnInOneMomentOnlyTheOneOverlappingItMost() {
        Moment left = moment(0, 40);
        Moment right = moment(60, 150);
        List<Match> matches = MomentMatching.match(List.of(left, right), List.of(new StoredMoment(7, 0, 150)));

        assertEquals(List.of(new Match(left, null), new Match(right, 7L)), matches);
    }

    @Test
    void twoStoredMomentsJoinedContinueAsTheOneOverlappingMore() {
        Moment joined = moment(0, 200);
        List<Match> matches = MomentMatching.match(List.of(joined),
                List.of(new StoredMoment(3, 0, 80), new StoredMoment(4, 90, 200)));

        assertEquals(List.of(new Match(joined, 4L)), matches);
    }

    @Test
    void momentsThatOnlyTouchOrMissAStoredOneAreNew() {
        Moment touching = moment(100, 160);
        Moment apart = moment(300, 360);
        List<Match> matches = MomentMatching.match(List.of(touching, apart), List.of(new StoredMoment(5, 0, 100)));

        assertEquals(List.of(new Match(touching, null), new Match(apart, null)), matches);
    }

    @Test
    void onATieTheOlderRowIsTaken() {
        Moment between = moment(40, 60);
        List<Match> matches = MomentMatching.match(List.of(between),
                List.of(new StoredMoment(9, 50, 100), new StoredMoment(8, 0, 50)));

        assertEquals(List.of(new Match(between, 8L)), matches);
    }

    @Test
    void theSameMomentsKeepTheirRowsWhateverTheirOrder() {
        Moment first = moment(0, 60);
        Moment second = moment(100, 160);
        List<StoredMoment> stored = List.of(new StoredMoment(12, 100, 170), new StoredMoment(11, 0, 50));

        assertEquals(List.of(new Match(first, 11L), new Match(second, 12L)),
                MomentMatching.match(List.of(first, second), stored));
        assertEquals(List.of(), MomentMatching.match(List.of(), stored));
    }
}
