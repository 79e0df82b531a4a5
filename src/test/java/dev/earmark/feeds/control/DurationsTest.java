package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "3723, 3723", "3723.4, 3723", "3723.5, 3724", "62:03, 3723", "1:02:03, 3723", "01:02:03.5, 3724",
        "' 45:00 ', 2700", "0:59, 59", "75:10, 4510", "1:60:00, none", "1:00:60, none", "abc, none", "'', none",
        "-5, none", "1.2.3, none", "99999999999, none", "700000, none", "168:00:00, 604800"})
    void readsEveryFormFeedsUse(String text, Integer seconds) {
        assertEquals(Optional.ofNullable(seconds), Durations.seconds(text));
    }

    @ParameterizedTest
    @CsvSource({"3:07, 187000", "00:01:02.500, 62500", "1:05:00, 3900000", "12.25, 12250"})
    void readsChapterStartsToTheMillisecond(String text, long millis) {
        assertEquals(Optional.of(millis), Durations.millis(text));
    }
}
