package dev.earmark.snips.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A tap as the player sends it: the episode, where the tap was, and how much before it to keep (the listener's
 * preference; {@link NewSnip#DEFAULT_LENGTH_MILLIS} without one).
 */
public record TapJson(@NotNull Long episodeId, @NotNull @PositiveOrZero @DecimalMax("1e9") Double atSeconds,
        @PositiveOrZero @DecimalMax("1e6") Double lengthSeconds) {

    NewSnip toNewSnip(String requestKey) {
        long length = lengthSeconds == null ? NewSnip.DEFAULT_LENGTH_MILLIS : Math.round(lengthSeconds * 1000);
        return new NewSnip(episodeId, Math.round(atSeconds * 1000), length, requestKey);
    }
}
