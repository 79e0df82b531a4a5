package dev.earmark.insights.web;

import dev.earmark.platform.control.Messages;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the dashboard writes its figures in the viewer's locale: counts, shares, days, listening times. */
final class InsightsFormat {

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter day;

    InsightsFormat(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern(Messages.format(locale, "format.date"), locale);
        this.day = DateTimeFormatter.ofPattern(Messages.format(locale, "insights.dashboard.format.day"), locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    String count(double value) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(value));
    }

    /** One decimal at most: an average. */
    String average(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A share from 0 to 1 as a whole percentage. */
    String share(double value) {
        return NumberFormat.getPercentInstance(locale).format(value);
    }

    String share(OptionalDouble value) {
        return value.isPresent() ? share(value.getAsDouble()) : text("insights.dashboard.unknown");
    }

    /** "Dec 2, 2026". */
    String date(LocalDate value) {
        return date.format(value);
    }

    /** "Dec 2": a chart's axis. */
    String day(LocalDate value) {
        return day.format(value);
    }

    /** Hours and minutes of listening: "3 h 25 min", "12 min". */
    String listeningTime(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60 ? text("insights.dashboard.format.minutes", minutes)
                : text("insights.dashboard.format.hours", minutes / 60, minutes % 60);
    }
}
