package dev.earmark.insights.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.insights.control.DayRange;
import java.util.Optional;

/** What a dashboard or a CSV file is about: a show, or one of its episodes, over a range of days. */
public record InsightsScope(Show show, Optional<Episode> episode, DayRange range) {

    /** The episode's id, or null for the whole show. */
    public Long episodeId() {
        return episode.map(Episode::getId).orElse(null);
    }
}
