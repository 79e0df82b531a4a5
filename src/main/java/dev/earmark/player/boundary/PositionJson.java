package dev.earmark.player.boundary;

import dev.earmark.player.entity.ListeningPosition;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/** A listening position in the JSON API: seconds from the start; {@code updatedAt} only in answers. */
public record PositionJson(Long episodeId, @NotNull @PositiveOrZero Double positionSeconds, Instant updatedAt) {

    static PositionJson of(ListeningPosition position) {
        return new PositionJson(position.getEpisode().getId(), position.getPositionMillis() / 1000.0,
                position.getUpdatedAt());
    }

    long positionMillis() {
        return Math.round(positionSeconds * 1000);
    }
}
