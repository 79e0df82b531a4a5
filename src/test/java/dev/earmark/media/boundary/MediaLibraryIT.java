package dev.earmark.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.control.UnsupportedMediaException;
import dev.earmark.platform.control.Settings;
import dev.earmark.testing.Deployments;
import dev.earmark.testing.server.EndlessStream;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media library in the server, against what a curator's file may do: be of another type than its name says;
 * and the uploads that a crash leaves unfinished.
 */
@ExtendWith(ArquillianExtension.class)
class MediaLibraryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.earmarkWithTestSupport();
    }

    @Inject
    MediaLibrary library;

    @Inject
    UnfinishedUploads unfinishedUploads;

    @Inject
    Settings settings;

    @Test
    void refusesAFileOfAnotherTypeHavingReadOnlyItsFirstBytes() throws IOException {
        List<String> before = mediaDirectory();
        EndlessStream text = new EndlessStream("Dear listener, this is no audio at all.\n");

        UnsupportedMediaException refused = assertThrows(UnsupportedMediaException.class,
                () -> library.store(text, "episode.mp3", Long.MAX_VALUE, MediaTypes.AUDIO));

        assertEquals("media.error.type", refused.messageKey());
        assertTrue(text.delivered() <= 4096, text.delivered() + " bytes read");
        assertEquals(before, mediaDirectory());
    }

    @Test
    void sweepsAwayUnfinishedUploadsAbandonedForOverAnHourOnly() throws IOException {
        Path directory = Files.createDirectories(settings.mediaDirectory());
        Path abandoned = Files.createTempFile(directory, "upload-", ".part");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofMinutes(61))));
        Path inProgress = Files.createTempFile(directory, "upload-", ".part");
        try {
            assertEquals(1, unfinishedUploads.sweep());

            assertFalse(Files.exists(abandoned));
            assertTrue(Files.exists(inProgress));
        } finally {
            Files.delete(inProgress);
        }
    }

    private List<String> mediaDirectory() throws IOException {
        Path directory = settings.mediaDirectory();
        if (Files.notExists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
