package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeedTimesTest {

    @Test
    void durationsAsApplesExamplesWriteThem() {
        assertEquals("00:00", FeedTimes.duration(0));
        assertEquals("00:59", FeedTimes.duration(59));
        assertEquals("41:11", FeedTimes.duration(2471));
        assertEquals("1:00:00", FeedTimes.duration(3600));
        assertEquals("12:03:04", FeedTimes.duration(12 * 3600 + 184));
    }

    @Test
    void chapterStartsAsNormalPlayTime() {
        assertEquals("00:00:00.000", FeedTimes.chapterStart(0));
        assertEquals("00:01:02.500", FeedTimes.chapterStart(62_500));
        assertEquals("01:41:25.007", FeedTimes.chapterStart(6_085_007));
    }

    @Test
    void secondsWithoutTrailingZeros() {
        assertEquals("0", FeedTimes.seconds(0));
        assertEquals("62.5", FeedTimes.seconds(62_500));
        assertEquals("2485", FeedTimes.seconds(2_485_000));
        assertEquals("1.001", FeedTimes.seconds(1_001));
    }

    @Test
    void datesAreRfc822InEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            String date = FeedTimes.rfc822(Instant.parse("2024-02-06T09:05:03Z"));
            assertEquals("Tue, 06 Feb 2024 09:05:03 GMT", date);
            assertEquals(Instant.parse("2024-02-06T09:05:03Z"),
                    ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } finally {
            Locale.setDefault(before);
        }
    }
}
