package dev.earmark.highlights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void aPeriodCountsTheSavesOfItsLastDaysFromTheStartOfToday() {
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), Period.WEEK.since(NOW));
        assertEquals(Instant.parse("2026-11-02T00:00:00Z"), Period.MONTH.since(NOW));
        assertEquals(Period.WEEK.since(NOW), Period.WEEK.since(Instant.parse("2026-12-02T23:59:59Z")), "all day long");
        assertEquals(Instant.EPOCH, Period.ALL.since(NOW));
    }

    @Test
    void anAddressNamesItInLowerCaseAndAnythingElseIsAllTime() {
        assertEquals(Period.WEEK, Period.of("week"));
        assertEquals(Period.MONTH, Period.of(" MONTH "));
        assertEquals("month", Period.MONTH.key());
        for (String other : new String[] {"all", "year", "", null}) {
            assertEquals(Period.ALL, Period.of(other));
        }
    }
}
