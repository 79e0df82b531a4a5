package dev.earmark.catalogue.control;

/**
 * A CDI event, fired on each node when it first sees the catalogue in a new state: after a save there, within
 * {@code CatalogueRevision.REFRESH} of a save on another node, when a scheduled episode falls due. Observers
 * (caches) drop what they kept of the earlier state.
 */
public record CatalogueChanged(CatalogueState state) {
}
