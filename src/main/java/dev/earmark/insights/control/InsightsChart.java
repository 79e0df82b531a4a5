package dev.earmark.insights.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The dashboard's charts, each also a CSV download named by {@link #key()}. */
public enum InsightsChart {
    /** Plays, listeners and downloads per day. */
    DAYS,
    /** The share of plays still listening at each minute: an episode's only. */
    DROP_OFF,
    /** Where people listened and which apps downloaded. */
    PLACES,
    /** Plays and downloads per client class. */
    CLIENTS,
    /** A show's episodes side by side, ranked by plays and by completion. */
    EPISODES;

    /** As it appears in addresses: "days", "drop-off". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<InsightsChart> of(String key) {
        return Arrays.stream(values()).filter(chart -> chart.key().equals(key)).findFirst();
    }
}
