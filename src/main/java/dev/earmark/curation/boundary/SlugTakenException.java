package dev.earmark.curation.boundary;

import dev.earmark.platform.control.LocalizedException;

/** Another show already has the address a curator chose (409: the conflict is with existing data). */
public class SlugTakenException extends LocalizedException {

    public SlugTakenException(String slug) {
        super("catalogue.error.slugTaken", slug);
    }
}
