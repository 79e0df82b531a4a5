package dev.earmark.media.control;

import dev.earmark.platform.control.RejectedContentException;

/** The content is not one of the formats the caller accepts, whatever its file name claims. */
public class UnsupportedMediaException extends RejectedContentException {

    public UnsupportedMediaException() {
        super(false, "media.error.type");
    }
}
