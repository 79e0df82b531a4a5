package dev.earmark.curation.control;

import dev.earmark.platform.control.AlreadyTakenException;

/** Another show, or another episode of the show, already has the address a curator chose (409). */
public class SlugTakenException extends AlreadyTakenException {

    SlugTakenException(String messageKey, String slug) {
        super(messageKey, slug);
    }

    @Override
    public String field() {
        return "slug";
    }
}
