package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final RateLimit limit = new RateLimit(60, Duration.ofMinutes(1), 1_000);

    @Test
    void aBurstOfTheAllowanceThenOnePerItsShare() {
        long now = 1_000_000;
        for (int i = 0; i < 60; i++) {
            assertEquals(0, limit.take("a", now), "request " + (i + 1));
        }
        assertEquals(1, limit.take("a", now), "the 61st waits a second, one request's share of the minute");
        assertEquals(0, limit.take("a", now + 1_000));
        assertEquals(1, limit.take("a", now + 1_000));
        assertEquals(0, limit.take("b", now), "every client has its own");
    }

    @Test
    void saysHowLongToWait() {
        RateLimit slow = new RateLimit(2, Duration.ofMinutes(1), 10);
        slow.take("a", 0);
        slow.take("a", 0);

        assertEquals(30, slow.take("a", 0));
        assertEquals(20, slow.take("a", 10_000));
        assertEquals(0, slow.take("a", 30_000));
    }

    @Test
    void refillsNoMoreThanTheBurst() {
        long now = 0;
        limit.take("a", now);
        long later = now + Duration.ofHours(5).toMillis();
        long taken = IntStream.range(0, 100).filter(i -> limit.take("a", later) == 0).count();

        assertEquals(60, taken);
    }

    @Test
    void aClockThatGoesBackGivesNothingBack() {
        for (int i = 0; i < 60; i++) {
            limit.take("a", 100_000);
        }
        assertTrue(limit.take("a", 50_000) > 0);
        assertEquals(0, limit.take("a", 51_000), "refilled from the earlier time on");
    }

    @Test
    void forgetsClientsWhoseAllowanceIsFullAgainFirst() {
        RateLimit bounded = new RateLimit(60, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 50; i++) {
            takeAll(bounded, "busy-" + i, 0);
            bounded.take("idle-" + i, 0);
        }
        assertEquals(100, bounded.clients());

        bounded.take("new", 2_000);

        assertEquals(50 + 1, bounded.clients(), "one request's share of the minute after it, an idle one is full again");
    }

    @Test
    void forgetsEveryoneInAFloodOfNewClients() {
        RateLimit bounded = new RateLimit(60, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 100; i++) {
            bounded.take("flood-" + i, 0);
        }
        assertEquals(100, bounded.clients());

        bounded.take("one more", 500);

        assertEquals(1, bounded.clients(), "nobody full again yet, still at the bound: all forgotten");
    }

    private static void takeAll(RateLimit limit, String client, long now) {
        while (limit.take(client, now) == 0) {
            // until the burst is used up
        }
    }
}
