package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import java.util.Optional;

/** A show as the catalogue lists it: how many episodes listeners can see, and the newest one. */
public record ShowOverview(Show show, long episodeCount, Optional<Episode> latestEpisode) {
}
