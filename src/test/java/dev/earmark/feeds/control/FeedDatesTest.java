package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", delimiter = '|', value = {
        "Thu, 05 Nov 2026 14:00:00 +0000|2026-11-05T14:00:00Z",
        "Thu, 5 Nov 2026 14:00:00 GMT|2026-11-05T14:00:00Z",
        "5 Nov 2026 09:00:00 EST|2026-11-05T14:00:00Z",
        "Mon, 05 Nov 2026 06:00:00 PST|2026-11-05T14:00:00Z",
        "Thu, 05 Nov 2026 16:00 GMT+2|2026-11-05T14:00:00Z",
        "Thu, 05 Nov 2026 16:00:00 +02:00|2026-11-05T14:00:00Z",
        "Thu, 05 Nov 2026 14:00:00|2026-11-05T14:00:00Z",
        "Thursday, 5 November 2026 14:00:00 +0000|2026-11-05T14:00:00Z",
        "2026-11-05T15:00:00+01:00|2026-11-05T14:00:00Z",
        "2026-11-05T14:00:00|2026-11-05T14:00:00Z",
        "last Tuesday|none",
        "Feb 30 2026 25:61|none",
        "Thu, 32 Nov 2026 14:00:00 +0000|none"})
    void readsRfc822AndItsBreakages(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Instant::parse), FeedDates.parse(text));
    }
}
