package dev.earmark.transcripts.control;

import java.math.BigDecimal;

/** A link's fragment to a moment of an episode's page, which its player follows (Media Fragments, "#t=15.595"). */
public final class MediaFragment {

    private MediaFragment() {
    }

    /** Seconds to the millisecond, without trailing zeros: "#t=15.595", "#t=2". */
    public static String at(long millis) {
        return "#t=" + seconds(millis);
    }

    /** A range, which a player plays from its start and stops at its end: "#t=60,120.5". */
    public static String range(long startMillis, long endMillis) {
        return at(startMillis) + "," + seconds(endMillis);
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
}
