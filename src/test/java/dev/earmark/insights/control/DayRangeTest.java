package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.platform.control.InvalidParameterException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    @Test
    void aRecentPeriodEndsTodayAndTheDefaultIsThirtyDays() {
        assertEquals(new DayRange(LocalDate.parse("2026-11-26"), TODAY), DayRange.parse("7", null, null, TODAY));
        assertEquals(new DayRange(LocalDate.parse("2026-11-03"), TODAY), DayRange.parse(null, "", " ", TODAY));
        assertEquals(90, DayRange.parse("90", "2020-01-01", "2020-01-02", TODAY).days(), "a period wins over days");
        assertEquals(Optional.of(DayRange.RecentPeriod.LAST_7),
                DayRange.parse("7", null, null, TODAY).asRecentPeriod(TODAY));
    }

    @Test
    void chosenDaysAreBothIncluded() {
        DayRange range = DayRange.parse("days", "2026-11-30", "2026-12-01", TODAY);
        assertEquals(2, range.days());
        assertEquals(range, DayRange.parse(null, "2026-11-30", "2026-12-01", TODAY));
        assertEquals(1, DayRange.parse(null, "2026-12-01", "2026-12-01", TODAY).dates().size());
        assertEquals(366, DayRange.parse(null, "2024-01-01", "2024-12-31", TODAY).days(), "a leap year is allowed");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "14, null, null, insights.dashboard.error.period",
            "days, null, null, insights.dashboard.error.bothDays",
            "null, 2026-11-01, null, insights.dashboard.error.bothDays",
            "null, 2026-11-31, 2026-12-01, insights.dashboard.error.date",
            "null, yesterday, 2026-12-01, insights.dashboard.error.date",
            "null, +999999999-12-31, +999999999-12-31, insights.dashboard.error.date",
            "null, 0000-01-01, 0000-01-02, insights.dashboard.error.date",
            "null, 2026-12-02, 2026-12-01, insights.dashboard.error.fromAfterTo",
            "null, 2025-01-01, 2026-01-02, insights.dashboard.error.tooLong"})
    void unusableParametersAreSaidWithTheirReason(String period, String from, String to, String key) {
        InvalidParameterException refused = assertThrows(InvalidParameterException.class,
                () -> DayRange.parse(period, from, to, TODAY));
        assertEquals(key, refused.messageKey());
    }
}
