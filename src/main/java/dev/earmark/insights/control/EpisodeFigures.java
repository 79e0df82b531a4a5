package dev.earmark.insights.control;

import java.util.OptionalDouble;

/**
 * An episode's figures summed over a period: plays, listeners (the days' distinct clients summed: a client is known
 * for one day only), listened seconds (replays included), heard seconds (for completion) and downloads.
 */
public record EpisodeFigures(long episodeId, String title, Integer durationSeconds, long plays, long listeners,
        long listenedSeconds, long heardSeconds, long downloads) {

    public OptionalDouble completion() {
        return Completion.of(heardSeconds, plays, durationSeconds);
    }
}
