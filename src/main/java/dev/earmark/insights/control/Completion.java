package dev.earmark.insights.control;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * How much of an episode its plays heard, on average: the seconds heard at least once per play, summed, over plays
 * × duration (V24's heard_seconds). Unknown when the duration is (nothing to divide by) or nothing was played.
 */
public final class Completion {

    private Completion() {
    }

    public static OptionalDouble of(long heardSeconds, long plays, Integer durationSeconds) {
        if (durationSeconds == null || durationSeconds <= 0 || plays <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(1.0, heardSeconds / ((double) plays * durationSeconds)));
    }

    /**
     * A show's: its episodes' heard seconds over their plays × durations, of the episodes whose duration is known
     * (a play of an episode of unknown length says nothing about completion).
     */
    public static OptionalDouble ofAll(Collection<EpisodeFigures> episodes) {
        long heard = 0;
        double possible = 0;
        for (EpisodeFigures episode : episodes) {
            if (episode.durationSeconds() != null && episode.durationSeconds() > 0) {
                heard += episode.heardSeconds();
                possible += (double) episode.plays() * episode.durationSeconds();
            }
        }
        return possible > 0 ? OptionalDouble.of(Math.min(1.0, heard / possible)) : OptionalDouble.empty();
    }
}
