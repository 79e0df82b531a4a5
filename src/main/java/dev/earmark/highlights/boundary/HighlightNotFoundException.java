package dev.earmark.highlights.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

public class HighlightNotFoundException extends NoSuchEntityException {

    public HighlightNotFoundException(long id) {
        super("highlights.error.notFound", id);
    }
}
