package dev.earmark.catalogue.web;

import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages write dates, durations, times and counts ("Feb 16, 2024", "1h 5min",
 * "41:25", "7 snips"); patterns come from the bundle so each language writes them its way.
 */
@Named("formats")
@ApplicationScoped
public class Formats {

    @Inject
    Settings settings;

    public String date(Instant instant) {
        return format(instant, "format.date");
    }

    /** A moment with its time of day, as curators' lists and histories show it. */
    public String dateTime(Instant instant) {
        return format(instant, "format.dateTime");
    }

    private String format(Instant instant, String patternKey) {
        if (instant == null) {
            return "";
        }
        Locale locale = locale();
        return DateTimeFormatter.ofPattern(Messages.format(locale, patternKey), locale)
                .format(instant.atZone(settings.displayZone()));
    }

    /** The date for a {@code <time datetime>} attribute. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(settings.displayZone()));
    }

    /** A duration as a listing shows it, to the nearest minute: "41min", "1h 5min". */
    public String duration(Integer seconds) {
        if (seconds == null) {
            return "";
        }
        long minutes = Math.max(1, Math.round(seconds / 60.0));
        return minutes < 60
                ? Messages.format(locale(), "format.duration.minutes", minutes)
                : Messages.format(locale(), "format.duration.hours", minutes / 60, minutes % 60);
    }

    /** A duration for a {@code <time datetime>} attribute: "PT41M12S". */
    public String isoDuration(Integer seconds) {
        return seconds == null ? "" : Duration.ofSeconds(seconds).toString();
    }

    /** A moment in an episode as a clock: "0:06", "41:25", "1:02:03". */
    public String clock(double seconds) {
        long whole = (long) Math.floor(seconds);
        long hours = whole / 3600;
        long minutes = whole % 3600 / 60;
        long rest = whole % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    public String pageOf(Page<?> page) {
        return Messages.format(locale(), "catalogue.pager.pageOf", page.page(), page.totalPages());
    }

    public String episodes(long count) {
        return Messages.format(locale(), "format.episodes", count);
    }

    public String snips(long count) {
        return Messages.format(locale(), "format.snips", count);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
