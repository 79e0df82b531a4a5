package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Show;

/** A show as curators list it: with all its episodes counted, whatever their status. */
public record CuratedShow(Show show, long episodeCount) {
}
