package dev.earmark.insights.control;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A value axis from zero to a round top, with about five steps of 1, 2 or 5 times a power of ten: nothing at all
 * (a top of zero) still gets an axis from 0 to 1, and counts never get half steps.
 */
public record AxisScale(double top, double step) {

    private static final int STEPS = 5;

    /** For counts: whole steps. */
    public static AxisScale ofCounts(double max) {
        return of(max, 1);
    }

    /** For shares from 0 to 1: steps of 25 % or finer. */
    public static AxisScale ofShares(double max) {
        AxisScale scale = of(Math.min(max, 1), 0.01);
        return scale.top() >= 1 ? new AxisScale(1, 0.25) : scale;
    }

    private static AxisScale of(double max, double smallestStep) {
        double highest = Double.isFinite(max) && max > 0 ? max : 0;
        if (highest == 0) {
            return new AxisScale(Math.max(1, smallestStep), Math.max(1, smallestStep));
        }
        double raw = highest / STEPS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
        step = Math.max(step, smallestStep);
        return new AxisScale(Math.ceil(highest / step - 1e-9) * step, step);
    }

    /** The values of the ticks, 0 first, the top last. */
    public List<Double> ticks() {
        int count = (int) Math.round(top / step);
        return IntStream.rangeClosed(0, count).mapToObj(i -> i * step).toList();
    }

    /** Where a value lies between 0 (bottom) and 1 (top), values beyond the axis at its ends. */
    public double fraction(double value) {
        return Math.max(0, Math.min(1, value / top));
    }
}
