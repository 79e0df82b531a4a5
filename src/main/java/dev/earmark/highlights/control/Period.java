package dev.earmark.highlights.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How far back the Highlights page looks at when moments were saved: the last 7 days, 30 days, or ever, counted from
 * the start of the day (UTC), so that what a period holds changes with saves and at midnight only (the page's
 * validator includes the day: catalogue.web.ListenerCaching).
 */
public enum Period {
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30)),
    ALL(null);

    private final Duration length;

    Period(Duration length) {
        this.length = length;
    }

    /** Its name in addresses: "week", "month", "all". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The earliest time of a save that counts at {@code now}. */
    public Instant since(Instant now) {
        return length == null ? Instant.EPOCH : now.truncatedTo(ChronoUnit.DAYS).minus(length);
    }

    /** The period a query parameter names ("week", "month", "all"), all time for anything else. */
    public static Period of(String name) {
        for (Period period : values()) {
            if (period.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return period;
            }
        }
        return ALL;
    }
}
