package dev.earmark.highlights.boundary;

import dev.earmark.highlights.control.Period;
import java.util.Objects;

/**
 * Which of the catalogue's moments the Highlights page lists.
 *
 * @param showId the show's id; null for every show
 */
public record HighlightFilter(Period period, Long showId) {

    public HighlightFilter {
        Objects.requireNonNull(period, "period");
    }
}
