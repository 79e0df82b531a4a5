package dev.earmark.snips.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

/** No snip of that id among the listener's own: anyone else's snip is as unknown as one that never was. */
public class SnipNotFoundException extends NoSuchEntityException {

    public SnipNotFoundException(long id) {
        super("snips.error.notFound", id);
    }
}
