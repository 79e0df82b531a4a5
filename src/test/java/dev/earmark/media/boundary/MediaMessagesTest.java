package dev.earmark.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.media.control.MediaTooLargeException;
import dev.earmark.media.control.UnsupportedMediaException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The media failures as a user reads them: every key in the bundle, every argument in its place. */
class MediaMessagesTest {

    @Test
    void tooLargeNamesTheLimitInMegabytes() {
        assertEquals("This file is too large: at most 500 MB are accepted.",
                new MediaTooLargeException(500L * 1024 * 1024).localizedMessage(Locale.ENGLISH));
        assertEquals("This file is too large: at most 1.5 MB are accepted.",
                new MediaTooLargeException(3L * 512 * 1024).localizedMessage(Locale.ENGLISH));
    }

    @Test
    void unsupportedType() {
        assertEquals("This kind of file is not accepted here.",
                new UnsupportedMediaException().localizedMessage(Locale.ENGLISH));
    }

    @Test
    void notFoundNamesTheIdWithoutGrouping() {
        assertEquals("There is no media file with the id 123456.",
                new MediaFileNotFoundException(123456).localizedMessage(Locale.ENGLISH));
    }
}
