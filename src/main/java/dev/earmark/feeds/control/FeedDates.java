package dev.earmark.feeds.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Publication dates as feeds write them: RFC 822 as RSS asks, and its usual breakages (no weekday or a wrong one,
 * one-digit days, no seconds, zone names such as "PST" or "GMT+2" or none, full month names) and ISO 8601 (Atom).
 */
public final class FeedDates {

    private static final Pattern WEEKDAY = Pattern.compile("^[A-Za-z]{3,9},?\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** North American zone names RFC 822 allows, and a few more that feeds use; others are refused. */
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"),
            Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"), Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"),
            Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"),
            Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
            Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"), Map.entry("BST", "+0100"));
    private static final List<DateTimeFormatter> RFC822 = List.of(
            pattern("d MMM yyyy HH:mm:ss Z"), pattern("d MMM yyyy HH:mm Z"), pattern("d MMMM yyyy HH:mm:ss Z"),
            pattern("d MMM yy HH:mm:ss Z"), pattern("d MMM yyyy HH:mm:ss.SSS Z"));

    private FeedDates() {
    }

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return Optional.empty();
        }
        String value = SPACES.matcher(text.strip()).replaceAll(" ");
        return iso(value).or(() -> rfc822(value));
    }

    private static Optional<Instant> iso(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Instant> rfc822(String value) {
        String withoutWeekday = WEEKDAY.matcher(value).replaceFirst("");
        String zoned = withNumericZone(withoutWeekday);
        for (DateTimeFormatter format : RFC822) {
            try {
                return Optional.of(ZonedDateTime.parse(zoned, format).toInstant());
            } catch (DateTimeParseException tryNext) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** "… GMT+2", "… PST", "… +02:00" and no zone at all (taken as UTC) become "+0200" and the like. */
    private static String withNumericZone(String value) {
        int lastSpace = value.lastIndexOf(' ');
        String zone = lastSpace < 0 ? "" : value.substring(lastSpace + 1);
        String head = lastSpace < 0 ? value : value.substring(0, lastSpace);
        if (zone.contains(":") && !zone.startsWith("+") && !zone.startsWith("-") && !zone.startsWith("GMT")) {
            return value + " +0000";
        }
        String upper = zone.toUpperCase(Locale.ROOT);
        if (ZONES.containsKey(upper)) {
            return head + " " + ZONES.get(upper);
        }
        if (upper.matches("(GMT|UTC)[+-]\\d{1,2}")) {
            int hours = Integer.parseInt(upper.substring(4));
            return head + " " + upper.charAt(3) + String.format(Locale.ROOT, "%02d00", hours);
        }
        if (zone.matches("[+-]\\d{2}:\\d{2}")) {
            return head + " " + zone.replace(":", "");
        }
        return value;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ENGLISH);
    }
}
