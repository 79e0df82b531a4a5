package dev.earmark.snips.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Moves a snip's start and end by up to five seconds either way ({@code -5} starts five seconds earlier). */
public record NudgeJson(@NotNull Long version, @DecimalMin("-5") @DecimalMax("5") Double startSeconds,
        @DecimalMin("-5") @DecimalMax("5") Double endSeconds) {

    long startMillis() {
        return startSeconds == null ? 0 : Math.round(startSeconds * 1000);
    }

    long endMillis() {
        return endSeconds == null ? 0 : Math.round(endSeconds * 1000);
    }
}
