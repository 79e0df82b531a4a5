package dev.earmark.media.control;

import dev.earmark.platform.control.RejectedContentException;

public class MediaTooLargeException extends RejectedContentException {

    private static final double BYTES_PER_MB = 1024 * 1024;

    public MediaTooLargeException(long maxBytes) {
        super(true, "media.error.tooLarge", maxBytes / BYTES_PER_MB);
    }
}
