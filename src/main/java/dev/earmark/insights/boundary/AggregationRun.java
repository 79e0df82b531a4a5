package dev.earmark.insights.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What one run of the aggregation did: the days it made again, the raw events the retention deleted, when it ran
 * (this JVM's {@link System#nanoTime()}), and whether it completed (false when its lease ran out or was taken over).
 */
public record AggregationRun(List<LocalDate> days, long rawEventsDeleted, long startNanos, long endNanos,
        boolean completed) {

    public AggregationRun {
        days = List.copyOf(days);
    }
}
