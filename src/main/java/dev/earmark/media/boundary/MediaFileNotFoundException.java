package dev.earmark.media.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

public class MediaFileNotFoundException extends NoSuchEntityException {

    public MediaFileNotFoundException(long id) {
        super("media.error.notFound", String.valueOf(id));
    }
}
