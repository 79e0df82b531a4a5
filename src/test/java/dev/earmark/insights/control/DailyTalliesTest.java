package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.insights.control.DailyTallies.Key;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyTalliesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final Key EPISODE = new Key(DAY, 42);
    private static final long CAP = 1_000;

    private final DailyTallies tallies = new DailyTallies();

    @Test
    void aDayNotYetCountedTakesEverythingForTheDatabaseToDecide() {
        assertEquals(5_000, tallies.admit(EPISODE, 5_000, CAP));
        assertEquals(Map.of(), tallies.takeRefused());
    }

    @Test
    void aDayKnownFullIsRefusedAtOnceAndCounted() {
        tallies.admit(EPISODE, 10, CAP);
        tallies.settle(EPISODE, 990, 10, 0);

        assertEquals(6, tallies.admit(EPISODE, 6, CAP));
        assertEquals(4, tallies.admit(EPISODE, 50, CAP), "the queued ones count too");
        assertEquals(0, tallies.admit(EPISODE, 3, CAP));
        assertEquals(Map.of(EPISODE, 49L), tallies.takeRefused());
        assertEquals(Map.of(), tallies.takeRefused(), "taken once");
    }

    @Test
    void refusalsOfTheDatabaseCountToo() {
        tallies.admit(EPISODE, 30, CAP);
        tallies.settle(EPISODE, CAP, 30, 12);

        assertEquals(Map.of(EPISODE, 12L), tallies.takeRefused());
        assertEquals(0, tallies.admit(EPISODE, 1, CAP));
    }

    @Test
    void anotherServersWritesShowInTheNextCount() {
        tallies.admit(EPISODE, 10, CAP);
        tallies.settle(EPISODE, 10, 10, 0);
        tallies.admit(EPISODE, 10, CAP);
        tallies.settle(EPISODE, 900, 10, 0);

        assertEquals(100, tallies.admit(EPISODE, 500, CAP));
    }

    @Test
    void eventsTheQueueCouldNotTakeNoLongerCount() {
        tallies.admit(EPISODE, 1, CAP);
        tallies.settle(EPISODE, 500, 1, 0);
        tallies.admit(EPISODE, 500, CAP);
        tallies.withdraw(EPISODE, 500);

        assertEquals(500, tallies.admit(EPISODE, 500, CAP));
    }

    @Test
    void pastDaysAreForgottenOnceNothingOfThemIsLeft() {
        Key yesterday = new Key(DAY.minusDays(1), 42);
        Key pending = new Key(DAY.minusDays(1), 43);
        tallies.admit(yesterday, 1, CAP);
        tallies.settle(yesterday, 1, 1, 0);
        tallies.admit(pending, 1, CAP);
        tallies.admit(EPISODE, 1, CAP);

        tallies.forgetBefore(DAY);

        assertEquals(2, tallies.size(), "today's and yesterday's still queued");
    }
}
