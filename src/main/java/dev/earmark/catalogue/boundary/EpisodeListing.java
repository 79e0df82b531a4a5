package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.entity.Episode;

/** An episode in a show's list, with the number of snips listeners saved from it. */
public record EpisodeListing(Episode episode, long snipCount) {
}
