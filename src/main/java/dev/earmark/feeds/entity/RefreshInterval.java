package dev.earmark.feeds.entity;

import java.time.Duration;
import java.util.Arrays;

/** How often a followed feed is refreshed by itself; OFF: only when a curator asks. */
public enum RefreshInterval {
    OFF(0),
    QUARTER_HOURLY(15),
    HOURLY(60),
    SIX_HOURLY(360),
    DAILY(1440);

    private final int minutes;

    RefreshInterval(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    /** The interval stored as minutes; one no longer offered counts as the next longer one offered. */
    public static RefreshInterval ofMinutes(int minutes) {
        return Arrays.stream(values()).filter(interval -> interval.minutes >= minutes && (minutes > 0 || interval == OFF))
                .findFirst().orElse(DAILY);
    }
}
