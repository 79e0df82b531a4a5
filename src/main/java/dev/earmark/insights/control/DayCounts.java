package dev.earmark.insights.control;

import java.time.LocalDate;

/** One day's plays (page views that played), listeners (distinct clients that day) and downloads. */
public record DayCounts(LocalDate day, long plays, long listeners, long downloads) {

    public static DayCounts none(LocalDate day) {
        return new DayCounts(day, 0, 0, 0);
    }
}
