package dev.earmark.insights.control;

import static dev.earmark.insights.entity.ClientClass.DESKTOP;
import static dev.earmark.insights.entity.ClientClass.MOBILE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.insights.control.EpisodeDownloads.Source;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A one-hour episode of 3,600,000 bytes: a minute is 60,000 bytes. */
class EpisodeDownloadsTest {

    private static final long MINUTE = 60_000;
    private final EpisodeDownloads downloads = new EpisodeDownloads(OptionalLong.of(3_600_000), OptionalInt.of(3600));

    @Test
    void lessThanAMinuteOfBytesIsNoDownload() {
        request("client-1", 0, MINUTE - 1);
        downloads.finish();

        assertEquals(0, downloads.downloads());
        assertEquals(Set.of(), downloads.clients());
    }

    @Test
    void aMinuteInTwoRequestsIsOneDownload() {
        request("client-1", 0, MINUTE / 2);
        request("client-1", MINUTE / 2, MINUTE / 2);
        downloads.finish();

        assertEquals(1, downloads.downloads());
    }

    @Test
    void theSameBytesTwiceAreNoMoreThanOnce() {
        request("client-1", 0, 40_000);
        request("client-1", 0, 40_000);
        request("client-1", 10_000, 30_000);
        downloads.finish();

        assertEquals(0, downloads.downloads());
    }

    @Test
    void aClientCountsOnceADayHoweverOftenItFetches() {
        request("client-1", 0, 3_600_000);
        request("client-1", 0, 3_600_000);
        request("client-1", 1_000_000, MINUTE);
        downloads.finish();

        assertEquals(1, downloads.downloads());
    }

    @Test
    void appleProbesOfTwoBytesAddNothing() {
        request("client-1", 0, 2);
        request("client-1", 100_000, MINUTE - 2);
        downloads.finish();

        assertEquals(0, downloads.downloads());
    }

    @Test
    void eachClientCountsForItselfWithItsAppAndDevice() {
        downloads.request("client-1", "Overcast", MOBILE, 0, MINUTE);
        downloads.request("client-2", "Overcast", MOBILE, 0, 3_600_000);
        downloads.request("client-3", "", DESKTOP, 500_000, MINUTE);
        downloads.request("client-4", "Spotify", MOBILE, 0, 10);
        downloads.finish();

        assertEquals(3, downloads.downloads());
        assertEquals(Map.of(new Source("Overcast", MOBILE), 2, new Source("", DESKTOP), 1), downloads.bySource());
        assertEquals(Set.of("client-1", "client-2", "client-3"), downloads.clients());
    }

    @Test
    void bytesBeyondTheFileCountForNothing() {
        request("client-1", 3_600_000 - MINUTE / 2, MINUTE);
        request("client-2", 5_000_000, 10 * MINUTE);
        downloads.finish();

        assertEquals(0, downloads.downloads());
    }

    @Test
    void hugeCountsDoNotWrapAround() {
        request("client-1", 3_000_000, Long.MAX_VALUE);
        request("client-2", Long.MAX_VALUE - 5, Long.MAX_VALUE);
        downloads.finish();

        assertEquals(1, downloads.downloads());
    }

    @Test
    void aShortEpisodeMustBeFetchedWhole() {
        EpisodeDownloads short_ = new EpisodeDownloads(OptionalLong.of(50_000), OptionalInt.of(40));
        short_.request("client-1", "", MOBILE, 0, 49_999);
        short_.request("client-2", "", MOBILE, 0, 25_000);
        short_.request("client-2", "", MOBILE, 25_000, 25_000);
        short_.finish();

        assertEquals(1, short_.downloads());
        assertEquals(Set.of("client-2"), short_.clients());
    }

    @Test
    void withoutTheFilesLengthNothingCounts() {
        EpisodeDownloads unknown = new EpisodeDownloads(OptionalLong.empty(), OptionalInt.of(3600));
        unknown.request("client-1", "", MOBILE, 0, Long.MAX_VALUE);
        unknown.finish();

        assertEquals(0, unknown.downloads());
    }

    private void request(String client, long first, long count) {
        downloads.request(client, "", MOBILE, first, count);
    }
}
