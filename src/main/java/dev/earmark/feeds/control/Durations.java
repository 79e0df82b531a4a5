package dev.earmark.feeds.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code itunes:duration} in the forms feeds use: seconds ("3723", "3723.4"), "MM:SS", "HH:MM:SS", each with an
 * optional fraction ("1:02:03.5"); minutes past 59 in "MM:SS" ("75:10") are taken as they come, as apps do.
 */
public final class Durations {

    /** A week: longer is a typo (milliseconds given as seconds), not an episode. */
    static final long MAX_SECONDS = 7L * 24 * 3600;

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,4}):(\\d{1,2})(?:[.,](\\d{1,9}))?");
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,9})(?:[.,](\\d{1,9}))?");

    private Durations() {
    }

    /** Whole seconds, rounded; empty for garbage, negative or absurd values. */
    public static Optional<Integer> seconds(String text) {
        return millis(text).map(millis -> (int) Math.round(millis / 1000.0));
    }

    /** Milliseconds, as chapter starts need them ("3:07", "00:01:02.500"); empty for garbage or absurd values. */
    public static Optional<Long> millis(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        Matcher clock = CLOCK.matcher(value);
        double seconds;
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long minutes = Long.parseLong(clock.group(2));
            long secs = Long.parseLong(clock.group(3));
            if (secs > 59 || (clock.group(1) != null && minutes > 59)) {
                return Optional.empty();
            }
            seconds = hours * 3600 + minutes * 60 + secs + fraction(clock.group(4));
        } else {
            Matcher plain = SECONDS.matcher(value);
            if (!plain.matches()) {
                return Optional.empty();
            }
            seconds = Long.parseLong(plain.group(1)) + fraction(plain.group(2));
        }
        return seconds > MAX_SECONDS ? Optional.empty() : Optional.of(Math.round(seconds * 1000));
    }

    private static double fraction(String digits) {
        return digits == null ? 0 : Double.parseDouble("0." + digits);
    }
}
