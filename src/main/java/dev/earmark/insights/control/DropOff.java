package dev.earmark.insights.control;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The drop-off curve: for each minute of the episode, the share of the period's plays that heard some of it (V24's
 * audience_minute summed over the days, over the days' plays). As many minutes as the episode lasts (every one
 * shown, the silent ones at zero), or, its duration unknown, up to the last minute anyone heard.
 */
public record DropOff(List<Double> shares, long plays) {

    public static DropOff of(Map<Integer, Long> listenersByMinute, long plays, Integer durationSeconds) {
        int lastHeard = listenersByMinute.keySet().stream().mapToInt(Integer::intValue).filter(minute -> minute >= 0)
                .max().orElse(-1);
        int minutes = durationSeconds != null && durationSeconds > 0 ? (durationSeconds + 59) / 60 : lastHeard + 1;
        if (plays <= 0) {
            return new DropOff(List.of(), plays);
        }
        return new DropOff(IntStream.range(0, minutes)
                .mapToObj(minute -> listenersByMinute.getOrDefault(minute, 0L) / (double) plays).toList(), plays);
    }

    public boolean isEmpty() {
        return shares.isEmpty();
    }
}
