package dev.earmark.catalogue.boundary;

/**
 * An episode that listeners may see, as far as what is reported of its playing needs it.
 *
 * @param durationSeconds its playing time, null when unknown (audio elsewhere, or unreadable)
 */
public record VisibleEpisode(long id, Integer durationSeconds) {
}
