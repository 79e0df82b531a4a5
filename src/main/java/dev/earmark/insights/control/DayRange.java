package dev.earmark.insights.control;

import dev.earmark.platform.control.InvalidParameterException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The days a dashboard shows, first and last included, as calendar days in the display zone (as the daily figures
 * count them). Asked for as one of the recent periods ({@code period=7|30|90}: that many days up to today) or by
 * first and last day ({@code from=2026-11-01&to=2026-11-30}, ISO dates). At most {@link #MAX_DAYS}: the charts and
 * tables have a point per day, and a year is as far as a day-by-day curve is still read.
 */
public record DayRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    /** The period a dashboard opens with. */
    public static final RecentPeriod DEFAULT = RecentPeriod.LAST_30;
    /** The {@code period} value that means "the days given as from and to". */
    public static final String CHOSEN_DAYS = "days";

    public DayRange {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(from + " after " + to);
        }
    }

    /** The recent periods to choose from, by their number of days. */
    public enum RecentPeriod {
        LAST_7(7), LAST_30(30), LAST_90(90);

        private final int days;

        RecentPeriod(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }

        /** The value of the {@code period} parameter. */
        public String key() {
            return String.valueOf(days);
        }

        public DayRange endingOn(LocalDate today) {
            return new DayRange(today.minusDays(days - 1L), today);
        }

        static Optional<RecentPeriod> of(String key) {
            return List.of(values()).stream().filter(period -> period.key().equals(key)).findFirst();
        }
    }

    /**
     * The range the parameters ask for: a recent period when {@code period} names one, else the days given (both are
     * needed), else the default period.
     *
     * @throws InvalidParameterException for a period that is none, a date that is none, a missing first or last day,
     *         a first day after the last, or more than {@link #MAX_DAYS} days
     */
    public static DayRange parse(String period, String from, String to, LocalDate today) {
        String chosen = blankToNull(period);
        String first = blankToNull(from);
        String last = blankToNull(to);
        if (chosen != null && !CHOSEN_DAYS.equals(chosen)) {
            return RecentPeriod.of(chosen)
                    .orElseThrow(() -> new InvalidParameterException("insights.dashboard.error.period", chosen))
                    .endingOn(today);
        }
        if (first == null && last == null) {
            if (chosen != null) {
                throw new InvalidParameterException("insights.dashboard.error.bothDays");
            }
            return DEFAULT.endingOn(today);
        }
        if (first == null || last == null) {
            throw new InvalidParameterException("insights.dashboard.error.bothDays");
        }
        LocalDate fromDay = date(first);
        LocalDate toDay = date(last);
        if (fromDay.isAfter(toDay)) {
            throw new InvalidParameterException("insights.dashboard.error.fromAfterTo", first, last);
        }
        if (ChronoUnit.DAYS.between(fromDay, toDay) + 1 > MAX_DAYS) {
            throw new InvalidParameterException("insights.dashboard.error.tooLong", MAX_DAYS);
        }
        return new DayRange(fromDay, toDay);
    }

    /** How many days, first and last included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Every day of the range in order. */
    public List<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The recent period this range is as of today, if it is one. */
    public Optional<RecentPeriod> asRecentPeriod(LocalDate today) {
        return List.of(RecentPeriod.values()).stream().filter(period -> period.endingOn(today).equals(this)).findFirst();
    }

    /** An ISO date of the years 1 to 9999: a day before or after those has no next day to stop at in every case. */
    private static LocalDate date(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() >= 1 && day.getYear() <= 9999) {
                return day;
            }
        } catch (DateTimeParseException notADate) {
            // said below, as for a year out of range
        }
        throw new InvalidParameterException("insights.dashboard.error.date", text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
