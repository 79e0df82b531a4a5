package dev.earmark.insights.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The daily figures as a series with a point for every day of the range: a day without a row had nothing. */
public final class DailySeries {

    private DailySeries() {
    }

    /** One entry per day of the range, in order, from rows of distinct days; rows outside the range are left out. */
    public static List<DayCounts> of(DayRange range, List<DayCounts> rows) {
        Map<LocalDate, DayCounts> byDay = rows.stream().collect(Collectors.toMap(DayCounts::day, Function.identity()));
        return range.dates().stream().map(day -> byDay.getOrDefault(day, DayCounts.none(day))).toList();
    }
}
