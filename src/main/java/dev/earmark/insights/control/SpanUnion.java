package dev.earmark.insights.control;

import java.util.Arrays;

/**
 * Spans [start, end) on one line (seconds of an episode, bytes of a file) and their union: overlapping and touching
 * spans become one, empty ones count for nothing. Reused for one group of spans after another, so that a day's
 * million rows allocate no object per row.
 */
final class SpanUnion {

    /** start, end, start, end, … of the spans added, and after {@link #merge()} of the union's spans, in order. */
    private long[] bounds = new long[16];
    private int spans;
    private boolean merged = true;

    void clear() {
        spans = 0;
        merged = true;
    }

    void add(long start, long end) {
        if (end <= start) {
            return;
        }
        if (2 * spans + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        merged = merged && (spans == 0 || bounds[2 * spans - 2] <= start && bounds[2 * spans - 1] < start);
        bounds[2 * spans] = start;
        bounds[2 * spans + 1] = end;
        spans++;
    }

    boolean isEmpty() {
        return spans == 0;
    }

    /** The length of the union. */
    long length() {
        merge();
        long length = 0;
        for (int i = 0; i < spans; i++) {
            length += bounds[2 * i + 1] - bounds[2 * i];
        }
        return length;
    }

    /** How many spans the union has, each read with {@link #start(int)} and {@link #end(int)}, in order. */
    int count() {
        merge();
        return spans;
    }

    long start(int span) {
        return bounds[2 * span];
    }

    long end(int span) {
        return bounds[2 * span + 1];
    }

    private void merge() {
        if (merged) {
            return;
        }
        long[][] sorted = new long[spans][];
        for (int i = 0; i < spans; i++) {
            sorted[i] = new long[] {bounds[2 * i], bounds[2 * i + 1]};
        }
        Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        int kept = 0;
        for (long[] span : sorted) {
            if (kept > 0 && span[0] <= bounds[2 * kept - 1]) {
                bounds[2 * kept - 1] = Math.max(bounds[2 * kept - 1], span[1]);
            } else {
                bounds[2 * kept] = span[0];
                bounds[2 * kept + 1] = span[1];
                kept++;
            }
        }
        spans = kept;
        merged = true;
    }
}
