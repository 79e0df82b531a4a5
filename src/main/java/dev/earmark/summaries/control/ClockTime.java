package dev.earmark.summaries.control;

import dev.earmark.notes.control.ChapterParser;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times in a prompt's transcript and in the model's answer, as people and models read and write them: "m:ss", and
 * "h:mm:ss" from the first hour on, written as chapter tables write them and read more leniently. Whole seconds: a
 * model copies a time it was shown more reliably than it converts one.
 */
final class ClockTime {

    // A model may keep the brackets the transcript shows, or write an hour's minutes on ("75:10").
    private static final Pattern CLOCK = Pattern.compile("[\\[(]?(?:([0-9]{1,2}):)?([0-9]{1,3}):([0-9]{2})[\\])]?");
    private static final int SIXTY = 60;

    private ClockTime() {
    }

    /** The time at the start of the second the moment falls in, as chapter tables write it. */
    static String of(long millis) {
        return ChapterParser.formatTime(millis / 1000 * 1000);
    }

    /** The start of the second the text names, or none when it names no time (seconds, or minutes after hours, past 59). */
    static OptionalLong millis(String text) {
        Matcher clock = CLOCK.matcher(text.strip());
        if (!clock.matches()) {
            return OptionalLong.empty();
        }
        long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
        long minutes = Long.parseLong(clock.group(2));
        long seconds = Long.parseLong(clock.group(3));
        if (seconds >= SIXTY || (clock.group(1) != null && minutes >= SIXTY)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(((hours * SIXTY + minutes) * SIXTY + seconds) * 1000);
    }
}
