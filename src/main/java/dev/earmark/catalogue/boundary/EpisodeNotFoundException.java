package dev.earmark.catalogue.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

public class EpisodeNotFoundException extends NoSuchEntityException {

    public EpisodeNotFoundException(Object idOrSlug) {
        super("error.episode.notFound", String.valueOf(idOrSlug));
    }
}
