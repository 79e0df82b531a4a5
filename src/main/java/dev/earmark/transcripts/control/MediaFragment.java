package dev.earmark.transcripts.control;

import java.math.BigDecimal;

/** A link's fragment to a moment of an episode's page, which its player follows (Media Fragments, "#t=15.595"). */
public final class MediaFragment {

    private MediaFragment() {
    }

    /** Seconds to the millisecond, without trailing zeros: "#t=15.595", "#t=2". */
    public static String at(long millis) {
        return "#t=" + BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
}
