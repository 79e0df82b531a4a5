package dev.earmark.media.control;

import dev.earmark.platform.control.LocalizedException;

/** The content is not one of the formats the caller accepts, whatever its file name claims. */
public class UnsupportedMediaException extends LocalizedException {

    public UnsupportedMediaException() {
        super("media.error.type");
    }
}
