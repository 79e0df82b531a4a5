package dev.earmark.summaries.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Times as the prompt shows them and as a model writes them back. */
class ClockTimeTest {

    @Test
    void timesAreMinutesAndSecondsAndHoursFromTheFirstHourOn() {
        Map.of(999L, "0:00", 7_500L, "0:07", 754_000L, "12:34", 3_599_999L, "59:59", 3_600_000L, "1:00:00",
                3_725_000L, "1:02:05").forEach((millis, clock) -> assertEquals(clock, ClockTime.of(millis), clock));
    }

    @Test
    void aTimeAsWrittenIsReadWithOrWithoutItsBracketsAndMinutesPastTheHour() {
        assertEquals(OptionalLong.of(754_000), ClockTime.millis("12:34"));
        assertEquals(OptionalLong.of(754_000), ClockTime.millis(" [12:34] "));
        assertEquals(OptionalLong.of(0), ClockTime.millis("0:00"));
        assertEquals(OptionalLong.of(0), ClockTime.millis("00:00:00"));
        assertEquals(OptionalLong.of(3_725_000), ClockTime.millis("1:02:05"));
        assertEquals(OptionalLong.of(4_510_000), ClockTime.millis("75:10"));
    }

    @Test
    void anythingElseIsNoTime() {
        for (String text : new String[] {"754", "12:3", "12:60", "1:60:00", "12.34", "12:34:56:78", "about 12:34", ""}) {
            assertEquals(OptionalLong.empty(), ClockTime.millis(text), text);
        }
    }
}
