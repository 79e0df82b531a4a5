package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DownloadThresholdTest {

    @Test
    void aMinuteIsTheFilesAverageBytesForSixtySeconds() {
        // 60 MB over an hour: 1 MB a minute.
        assertEquals(1_000_000, DownloadThreshold.bytes(60_000_000, OptionalInt.of(3600)));
    }

    @Test
    void roundsUpSoThatLessThanAMinuteNeverCounts() {
        assertEquals(35, DownloadThreshold.bytes(100, OptionalInt.of(173)));
    }

    @Test
    void anEpisodeOfAMinuteOrLessMustBeFetchedWhole() {
        assertEquals(5_000, DownloadThreshold.bytes(5_000, OptionalInt.of(59)));
        assertEquals(5_000, DownloadThreshold.bytes(5_000, OptionalInt.of(60)));
        assertEquals(5_000, DownloadThreshold.bytes(5_000, OptionalInt.of(0)));
    }

    @Test
    void anUnknownDurationAsksForTheWholeFile() {
        assertEquals(123_456, DownloadThreshold.bytes(123_456, OptionalInt.empty()));
    }

    @Test
    void hugeFilesDoNotOverflow() {
        long tenTerabytes = 10_000_000_000_000L;

        assertEquals((tenTerabytes + 59) / 60, DownloadThreshold.bytes(tenTerabytes, OptionalInt.of(3600)));
    }
}
