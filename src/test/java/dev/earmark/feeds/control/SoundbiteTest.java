package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoundbiteTest {

    @Test
    void durationsAreKeptBetweenFifteenSecondsAndTwoMinutes() {
        assertEquals(15_000, Soundbite.of(1_000, 4_000, "short", 0).durationMillis());
        assertEquals(40_000, Soundbite.of(1_000, 41_000, "fine", 0).durationMillis());
        assertEquals(120_000, Soundbite.of(0, 600_000, "long", 0).durationMillis());
    }

    @Test
    void neverPastTheEpisodesEnd() {
        assertEquals(5_000, Soundbite.of(55_000, 58_000, "at the end", 60_000).durationMillis());
    }

    @Test
    void titlesAreCutTo128Characters() {
        String title = Soundbite.of(0, 20_000, "x".repeat(200), 0).title();
        assertEquals(128, title.length());
        assertEquals('…', title.charAt(127));
        String emoji = "y".repeat(126) + "😀😀";
        assertEquals("y".repeat(126) + "…", Soundbite.of(0, 20_000, emoji, 0).title());
    }
}
