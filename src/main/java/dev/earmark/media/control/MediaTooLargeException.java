package dev.earmark.media.control;

import dev.earmark.platform.control.LocalizedException;

public class MediaTooLargeException extends LocalizedException {

    private static final double BYTES_PER_MB = 1024 * 1024;

    public MediaTooLargeException(long maxBytes) {
        super("media.error.tooLarge", maxBytes / BYTES_PER_MB);
    }
}
