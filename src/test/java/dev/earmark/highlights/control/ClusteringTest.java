package dev.earmark.highlights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.transcripts.control.Cue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusteringTest {

    private static final Instant DAY = Instant.parse("2026-11-30T10:00:00Z");
    private static final int K = 3;

    private static SavedRange range(String listener, long startSeconds, long endSeconds) {
        return range(listener, startSeconds, endSeconds, 0);
    }

    private static SavedRange range(String listener, long startSeconds, long endSeconds, long savedHoursLater) {
        return new SavedRange(listener, startSeconds * 1000, endSeconds * 1000, DAY.plusSeconds(3600 * savedHoursLater));
    }

    private static Moment moment(long startSeconds, long endSeconds, int listeners, long savedHoursLater) {
        return new Moment(startSeconds * 1000, endSeconds * 1000, listeners, DAY.plusSeconds(3600 * savedHoursLater));
    }

    private static Cue cue(long startSeconds, long endSeconds) {
        return new Cue(startSeconds * 1000, endSeconds * 1000, null, "Words from " + startSeconds + ".");
    }

    @Test
    void threeListenersMakeAMomentWhereAllThreeOverlap() {
        List<Moment> moments = Clustering.moments(List.of(
                range("ann", 0, 60, 1), range("bob", 10, 70, 3), range("cai", 20, 80, 2)), K, List.of());

        assertEquals(List.of(moment(20, 60, 3, 3)), moments);
    }

    @Test
    void twoListenersAreNoMoment() {
        assertEquals(List.of(), Clustering.moments(List.of(range("ann", 0, 60), range("bob", 0, 60)), K, List.of()));
    }

    @Test
    void aListenersOwnOverlappingSnipsCountOnce() {
        List<SavedRange> ranges = List.of(range("ann", 0, 60), range("ann", 10, 70), range("ann", 20, 80),
                range("ann", 30, 90), range("bob", 0, 60));

        assertEquals(List.of(), Clustering.moments(ranges, K, List.of()));
        assertEquals(List.of(moment(0, 60, 2, 0)), Clustering.moments(ranges, 2, List.of()));
    }

    @Test
    void aListenersTouchingSnipsAreOneRangeOfTheirs() {
        List<SavedRange> ranges = List.of(range("ann", 0, 30), range("ann", 30, 60), range("bob", 20, 40),
                range("cai", 25, 45));

        assertEquals(List.of(moment(25, 40, 3, 0)), Clustering.moments(ranges, K, List.of()));
    }

    @Test
    void rangesThatOnlyTouchDoNotOverlap() {
        List<SavedRange> ranges = List.of(range("ann", 0, 10), range("bob", 10, 20), range("cai", 10, 20));

        assertEquals(List.of(), Clustering.moments(ranges, K, List.of()));
    }

    @Test
    void stretchesWithTooFewListenersBetweenThemAreSeparateMoments() {
        List<SavedRange> ranges = List.of(range("ann", 0, 10), range("bob", 0, 20, 5), range("cai", 5, 20, 1),
                range("dan", 15, 30, 2));

        assertEquals(List.of(moment(5, 10, 3, 5), moment(15, 20, 3, 5)), Clustering.moments(ranges, K, List.of()));
    }

    @Test
    void aMomentCountsEveryListenerWhoseRangeOverlapsIt() {
        // At most four lie in any point, and 5 s of it have only three; all four saved part of it.
        List<SavedRange> ranges = List.of(range("ann", 0, 30), range("bob", 0, 30), range("cai", 0, 10),
                range("dan", 5, 15, 4), range("eve", 25, 40));

        assertEquals(List.of(moment(0, 15, 4, 4), moment(25, 30, 3, 0)), Clustering.moments(ranges, K, List.of()));
    }

    @Test
    void whereOneGroupLeavesAsAnotherArrivesTheMomentGoesOn() {
        // Three listeners to 0:10, three others from there: at least three throughout.
        List<SavedRange> ranges = List.of(range("ann", 0, 10), range("bob", 0, 10), range("cai", 0, 10),
                range("dan", 10, 20), range("eve", 10, 20), range("fay", 10, 20));

        assertEquals(List.of(moment(0, 20, 6, 0)), Clustering.moments(ranges, K, List.of()));
    }

    @Test
    void aMomentTakesInTheWholeCuesItsEndsFallIn() {
        List<SavedRange> ranges = List.of(range("ann", 0, 60), range("bob", 10, 70), range("cai", 20, 80));
        List<Cue> cues = List.of(cue(0, 12), cue(12, 25), cue(25, 58), cue(58, 66), cue(66, 90));

        assertEquals(List.of(moment(12, 66, 3, 0)), Clustering.moments(ranges, K, cues));
    }

    @Test
    void anEndOnACuesEdgeStaysThere() {
        List<SavedRange> ranges = List.of(range("ann", 12, 58), range("bob", 12, 58), range("cai", 12, 58));
        List<Cue> cues = List.of(cue(0, 12), cue(12, 25), cue(25, 58), cue(58, 66));

        assertEquals(List.of(moment(12, 58, 3, 0)), Clustering.moments(ranges, K, cues));
    }

    @Test
    void momentsThatOverlapOnceWidenedBecomeOneWithTheListenersOfBoth() {
        List<SavedRange> ranges = List.of(range("ann", 0, 10), range("bob", 0, 20), range("cai", 5, 20),
                range("dan", 15, 30, 7));
        List<Cue> cues = List.of(cue(0, 8), cue(8, 17), cue(17, 40));

        assertEquals(List.of(moment(0, 40, 4, 7)), Clustering.moments(ranges, K, cues));
    }

    @Test
    void momentsInGapsOfTheTranscriptAreNotWidened() {
        List<SavedRange> ranges = List.of(range("ann", 100, 160), range("bob", 100, 160), range("cai", 100, 160));

        assertEquals(List.of(moment(100, 160, 3, 0)), Clustering.moments(ranges, K, List.of(cue(0, 50))));
    }

    @Test
    void emptyRangesCountForNothing() {
        List<SavedRange> ranges = List.of(range("ann", 10, 10), range("bob", 10, 10), range("cai", 10, 10));

        assertEquals(List.of(), Clustering.moments(ranges, K, List.of()));
        assertEquals(List.of(), Clustering.moments(List.of(), K, List.of()));
    }

    @Test
    void withOneListenerEnoughEachListenersRangeIsAMoment() {
        List<SavedRange> ranges = List.of(range("ann", 0, 10), range("bob", 20, 30));

        assertEquals(List.of(moment(0, 10, 1, 0), moment(20, 30, 1, 0)), Clustering.moments(ranges, 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Clustering.moments(ranges, 0, List.of()));
    }

    @Test
    void theOrderOfTheRangesChangesNothing() {
        List<SavedRange> ranges = new ArrayList<>();
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            long start = random.nextInt(3_000);
            ranges.add(range("listener" + random.nextInt(15), start, start + 30 + random.nextInt(150), i % 7));
        }
        List<Cue> cues = new ArrayList<>();
        for (long start = 0; start < 3_300; start += 7) {
            cues.add(cue(start, start + 7));
        }
        List<Moment> moments = Clustering.moments(ranges, K, cues);
        Collections.shuffle(ranges, random);

        assertEquals(moments, Clustering.moments(ranges, K, cues));
        for (int i = 1; i < moments.size(); i++) {
            assertEquals(true, moments.get(i - 1).endMillis() <= moments.get(i).startMillis(), moments.toString());
        }
        moments.forEach(moment -> assertEquals(true, moment.listeners() >= K, moment.toString()));
    }

    private static SavedRange rangeMillis(String listener, long startMillis, long endMillis) {
        return new SavedRange(listener, startMillis, endMillis, DAY);
    }

    @Test
    void aSliverWhereSnipsMeetIsNoMomentFiveSecondsAre() {
        List<SavedRange> sliver = List.of(rangeMillis("ann", 0, 60_000), rangeMillis("bob", 0, 60_000),
                rangeMillis("cai", 59_999, 120_000));
        List<SavedRange> almost = List.of(rangeMillis("ann", 0, 60_000), rangeMillis("bob", 0, 60_000),
                rangeMillis("cai", 55_001, 120_000));
        List<SavedRange> enough = List.of(rangeMillis("ann", 0, 60_000), rangeMillis("bob", 0, 60_000),
                rangeMillis("cai", 55_000, 120_000));

        assertEquals(List.of(), Clustering.moments(sliver, K, List.of()));
        assertEquals(List.of(), Clustering.moments(almost, K, List.of()));
        assertEquals(List.of(moment(55, 60, 3, 0)), Clustering.moments(enough, K, List.of()));
    }

    @Test
    void withoutWordsTheEndsAreRoundedOutSoNoSnipsExactBoundaryShows() {
        List<SavedRange> ranges = List.of(rangeMillis("ann", 12_345, 47_801), rangeMillis("bob", 11_000, 50_000),
                rangeMillis("cai", 10_500, 49_000));

        assertEquals(List.of(moment(10, 50, 3, 0)), Clustering.moments(ranges, K, List.of()));
    }

    @Test
    void anEndInAGapOfTheTranscriptIsRoundedOutTheOtherTakesItsCue() {
        List<SavedRange> ranges = List.of(rangeMillis("ann", 3_000, 61_200), rangeMillis("bob", 3_000, 61_200),
                rangeMillis("cai", 3_000, 61_200));

        assertEquals(List.of(moment(0, 65, 3, 0)), Clustering.moments(ranges, K, List.of(cue(0, 8), cue(8, 40))));
    }

    @Test
    void momentsThatMeetOnceRoundedBecomeOne() {
        List<SavedRange> ranges = List.of(range("ann", 0, 21), range("bob", 0, 21), range("cai", 0, 21),
                range("ann", 23, 40), range("bob", 23, 40), range("cai", 23, 40));

        assertEquals(List.of(moment(0, 40, 3, 0)), Clustering.moments(ranges, K, List.of()));
    }
}
