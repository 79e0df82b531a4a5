package dev.earmark.curation.boundary;

import dev.earmark.platform.control.LocalizedException;

/** Someone saved the episode after the caller loaded it; answered with 409 Conflict. */
public class EpisodeConflictException extends LocalizedException {

    public EpisodeConflictException(long id) {
        super("admin.episode.error.conflict", id);
    }
}
