package dev.earmark.feeds.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as feeds write them: durations, chapter starts, dates. */
public final class FeedTimes {

    /** RFC 822 (with RFC 1123's four-digit year), in GMT, English names whatever the server's locale. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private FeedTimes() {
    }

    /** {@code itunes:duration} as Apple's examples write it: "H:MM:SS", "MM:SS" below an hour. */
    public static String duration(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%02d:%02d", minutes, rest);
    }

    /** A Podlove Simple Chapters start, "HH:MM:SS.mmm" (normal play time). */
    public static String chapterStart(long millis) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    /** Seconds with at most three decimals and no trailing zeros, as JSON chapters and soundbites count them. */
    public static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    public static String rfc822(Instant instant) {
        return RFC_822.format(instant);
    }
}
