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

    private static StoredMoment shown(long id, long start, long end) {
        return new StoredMoment(id, start, end, false, false);
    }

    @Test
    void aMomentContinuesTheStoredOneItOverlapsMost() {
        Moment moved = moment(50, 150);
        List<Match> matches = MomentMatching.match(List.of(moved),
                List.of(shown(1, 0, 60), shown(2, 100, 200)));

        assertEquals(List.of(new Match(moved, 2L, null)), matches);
    }

    @Test
    void aStoredMomentGoesOnInOneMomentOnlyTheOneOverlappingItMost() {
        Moment left = moment(0, 40);
        Moment right = moment(60, 150);
        List<Match> matches = MomentMatching.match(List.of(left, right), List.of(shown(7, 0, 150)));

        assertEquals(List.of(new Match(left, null, null), new Match(right, 7L, null)), matches);
    }

    @Test
    void twoStoredMomentsJoinedContinueAsTheOneOverlappingMore() {
        Moment joined = moment(0, 200);
        List<Match> matches = MomentMatching.match(List.of(joined),
                List.of(shown(3, 0, 80), shown(4, 90, 200)));

        assertEquals(List.of(new Match(joined, 4L, null)), matches);
    }

    @Test
    void momentsThatOnlyTouchOrMissAStoredOneAreNew() {
        Moment touching = moment(100, 160);
        Moment apart = moment(300, 360);
        List<Match> matches = MomentMatching.match(List.of(touching, apart), List.of(shown(5, 0, 100)));

        assertEquals(List.of(new Match(touching, null, null), new Match(apart, null, null)), matches);
    }

    @Test
    void onATieTheOlderRowIsTaken() {
        Moment between = moment(40, 60);
        List<Match> matches = MomentMatching.match(List.of(between),
                List.of(shown(9, 50, 100), shown(8, 0, 50)));

        assertEquals(List.of(new Match(between, 8L, null)), matches);
    }

    @Test
    void theSameMomentsKeepTheirRowsWhateverTheirOrder() {
        Moment first = moment(0, 60);
        Moment second = moment(100, 160);
        List<StoredMoment> stored = List.of(shown(12, 100, 170), shown(11, 0, 50));

        assertEquals(List.of(new Match(first, 11L, null), new Match(second, 12L, null)),
                MomentMatching.match(List.of(first, second), stored));
        assertEquals(List.of(), MomentMatching.match(List.of(), stored));
    }

    @Test
    void shownRowsGoOnBeforeRetiredOnesHoweverMuchTheRetiredOverlap() {
        Moment moment = moment(0, 100);
        List<Match> matches = MomentMatching.match(List.of(moment),
                List.of(new StoredMoment(1, 0, 100, true, false), shown(2, 90, 120)));

        assertEquals(List.of(new Match(moment, 2L, null)), matches);
    }

    @Test
    void aMomentLeftOverTakesBackItsRetiredRow() {
        Moment known = moment(0, 50);
        Moment back = moment(200, 260);
        List<Match> matches = MomentMatching.match(List.of(known, back),
                List.of(shown(1, 0, 50), new StoredMoment(2, 0, 260, true, false)));

        assertEquals(List.of(new Match(known, 1L, null), new Match(back, 2L, null)), matches);
    }

    @Test
    void bothHalvesOfAHiddenMomentThatSplitStayHidden() {
        Moment left = moment(0, 40);
        Moment right = moment(50, 100);
        List<Match> matches = MomentMatching.match(List.of(left, right),
                List.of(new StoredMoment(7, 0, 100, false, true)));

        assertEquals(List.of(new Match(left, null, 7L), new Match(right, 7L, 7L)), matches);
    }

    @Test
    void aMergeWithAHiddenMomentIsHiddenWhicheverRowItTakes() {
        Moment joined = moment(0, 200);
        List<Match> matches = MomentMatching.match(List.of(joined),
                List.of(new StoredMoment(3, 0, 80, false, true), shown(4, 90, 200)));

        assertEquals(List.of(new Match(joined, 4L, 3L)), matches);
    }

    @Test
    void aMomentOverlappingARetiredHiddenRowIsHidden() {
        Moment again = moment(50, 150);
        List<Match> matches = MomentMatching.match(List.of(again),
                List.of(shown(1, 140, 300), new StoredMoment(2, 0, 60, true, true)));

        assertEquals(List.of(new Match(again, 1L, 2L)), matches);
    }
}
