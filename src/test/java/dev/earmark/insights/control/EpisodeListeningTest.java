package dev.earmark.insights.control;

import static dev.earmark.insights.entity.ClientClass.DESKTOP;
import static dev.earmark.insights.entity.ClientClass.MOBILE;
import static dev.earmark.insights.entity.ListeningContext.EARMARK;
import static dev.earmark.insights.entity.ListeningContext.EMBED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.insights.control.EpisodeListening.Audience;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EpisodeListeningTest {

    private final EpisodeListening listening = new EpisodeListening(OptionalInt.of(600));

    @Test
    void aPageViewThatPlayedIsOnePlayWithItsListenedAndHeardSeconds() {
        range("view-a", "client-1", 0, 30);
        range("view-a", "client-1", 20, 50);
        listening.finish();

        assertEquals(1, listening.plays());
        assertEquals(60, listening.listenedSeconds());
        assertEquals(50, listening.heardSeconds());
        assertArrayEquals(new int[] {1}, listening.audienceByMinute());
    }

    @Test
    void aReplayAddsListenedSecondsButNotHeardOnes() {
        range("view-a", "client-1", 0, 120);
        range("view-a", "client-1", 0, 120);
        listening.finish();

        assertEquals(240, listening.listenedSeconds());
        assertEquals(120, listening.heardSeconds());
        assertArrayEquals(new int[] {1, 1}, listening.audienceByMinute());
    }

    @Test
    void eachPageViewIsAPlayEvenOfTheSameClient() {
        range("view-a", "client-1", 0, 10);
        range("view-b", "client-1", 0, 10);
        range("view-c", "client-2", 65, 70);
        listening.finish();

        assertEquals(3, listening.plays());
        assertEquals(Set.of("client-1", "client-2"), listening.clients());
        assertArrayEquals(new int[] {2, 1}, listening.audienceByMinute());
    }

    @Test
    void aViewWithoutASecondPlayedIsNoPlay() {
        range("view-a", "client-1", 30, 30);
        range("view-b", "client-2", 40, 41);
        listening.finish();

        assertEquals(1, listening.plays());
        assertEquals(Set.of("client-2"), listening.clients());
        assertEquals(1, listening.heardSeconds());
    }

    @Test
    void aMinuteCountsAPlayOnceThoughSeveralOfItsSpansTouchIt() {
        range("view-a", "client-1", 0, 10);
        range("view-a", "client-1", 30, 40);
        range("view-a", "client-1", 59, 61);
        listening.finish();

        assertArrayEquals(new int[] {1, 1}, listening.audienceByMinute());
    }

    @Test
    void aRangeEndingOnAMinutesFirstSecondDoesNotReachIt() {
        range("view-a", "client-1", 0, 60);
        listening.finish();

        assertArrayEquals(new int[] {1}, listening.audienceByMinute());
    }

    @Test
    void skippedMinutesHaveNoAudience() {
        range("view-a", "client-1", 0, 5);
        range("view-a", "client-1", 200, 205);
        listening.finish();

        assertArrayEquals(new int[] {1, 0, 0, 1}, listening.audienceByMinute());
    }

    @Test
    void rangesAreCutToTheEpisodesDuration() {
        range("view-a", "client-1", 590, 602);
        range("view-a", "client-1", -5, 3);
        listening.finish();

        assertEquals(13, listening.heardSeconds());
        assertEquals(13, listening.listenedSeconds());
        assertEquals(10, listening.audienceByMinute().length);
    }

    @Test
    void withoutADurationRangesReachADayAtMost() {
        EpisodeListening unknown = new EpisodeListening(OptionalInt.empty());
        unknown.range("view-a", "client-1", EARMARK, "", DESKTOP, 0, Integer.MAX_VALUE);
        unknown.finish();

        assertEquals(EpisodeListening.LONGEST_SECONDS, unknown.heardSeconds());
        assertEquals(24 * 60, unknown.audienceByMinute().length);
    }

    @Test
    void aViewsRangesMayComeInAnyOrder() {
        range("view-a", "client-1", 120, 130);
        range("view-a", "client-1", 0, 10);
        range("view-a", "client-1", 5, 125);
        listening.finish();

        assertEquals(130, listening.heardSeconds());
        assertArrayEquals(new int[] {1, 1, 1}, listening.audienceByMinute());
    }

    @Test
    void playsAreGroupedByContextOriginAndDevice() {
        listening.range("view-a", "client-1", EARMARK, "", DESKTOP, 0, 60);
        listening.range("view-b", "client-2", EMBED, "https://portal.example", MOBILE, 0, 30);
        listening.range("view-b", "client-2", EMBED, "https://portal.example", MOBILE, 0, 30);
        listening.range("view-c", "client-3", EMBED, "https://portal.example", MOBILE, 10, 20);
        listening.finish();

        EpisodeListening.Figures earmark = listening.byAudience().get(new Audience(EARMARK, "", DESKTOP));
        EpisodeListening.Figures portal = listening.byAudience().get(new Audience(EMBED, "https://portal.example", MOBILE));
        assertEquals(2, listening.byAudience().size());
        assertEquals(1, earmark.plays());
        assertEquals(60, earmark.heardSeconds());
        assertEquals(2, portal.plays());
        assertEquals(70, portal.listenedSeconds());
        assertEquals(40, portal.heardSeconds());
    }

    @Test
    void manyPlaysAddUpWithoutOverflow() {
        EpisodeListening long_ = new EpisodeListening(OptionalInt.of(20 * 3600));
        for (int view = 0; view < 100_000; view++) {
            long_.range("view-" + view, "client-" + view, EARMARK, "", DESKTOP, 0, 20 * 3600);
        }
        long_.finish();

        assertEquals(100_000, long_.plays());
        assertEquals(100_000L * 20 * 3600, long_.listenedSeconds());
        assertEquals(100_000, long_.audienceByMinute()[20 * 60 - 1]);
    }

    @Test
    void nothingPlayedIsNothing() {
        listening.finish();

        assertEquals(0, listening.plays());
        assertArrayEquals(new int[0], listening.audienceByMinute());
    }

    private void range(String view, String client, int start, int end) {
        listening.range(view, client, EARMARK, "", DESKTOP, start, end);
    }
}
