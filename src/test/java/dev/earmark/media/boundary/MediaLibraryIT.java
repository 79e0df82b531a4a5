package dev.earmark.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.media.control.AudioDurations;
import dev.earmark.media.control.MediaStorage;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.control.TimeBound;
import dev.earmark.media.control.UnsupportedMediaException;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Settings;
import dev.earmark.testing.Deployments;
import dev.earmark.testing.server.CraftedAudio;
import dev.earmark.testing.server.EndlessStream;
import dev.earmark.testing.server.SampleAudio;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media library in the server, against what a curator's file may do: be of another type than its name says,
 * declare more than it holds, keep its reader busy; and the uploads that a crash leaves unfinished.
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
    MediaStorage storage;

    @Inject
    Settings settings;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final List<MediaFile> stored = new ArrayList<>();

    @AfterEach
    void deleteWhatWasStored() {
        stored.forEach(library::delete);
    }

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
    void readsThePlayingTimeOfStoredAudio() {
        Duration playingTime = library.playingTime(store(SampleAudio.open(SampleAudio.MP3), "three-seconds.mp3"))
                .orElseThrow();

        assertTrue(playingTime.minusSeconds(3).abs().toMillis() <= 100, playingTime.toString());
    }

    @Test
    void audioThatClaimsGigabytesItDoesNotHoldHasNoPlayingTime() {
        MediaFile lying = store(new ByteArrayInputStream(CraftedAudio.mp4WithAHugeMovieBox()), "lies.m4a");

        assertEquals(MediaTypes.MP4_AUDIO, lying.getMediaType());
        assertEquals(Optional.empty(), library.playingTime(lying));
    }

    /**
     * 48 MB of false MP3 frames keep jaudiotagger busy for about 2 s in a warm server, longer than the limit of this
     * test (the library's own limit is longer than a file of a size fit for a test keeps it busy).
     */
    @Test
    void aReadingThatTakesTooLongIsGivenUpAndStoppedOnTheContainersThreads() throws InterruptedException {
        MediaFile busy = store(new ByteArrayInputStream(CraftedAudio.mp3OfFalseFrames(48 * 1024 * 1024)), "busy.mp3");
        Path file = storage.resolve(busy.getStorageKey());
        CountDownLatch ended = new CountDownLatch(1);
        Duration limit = Duration.ofMillis(200);
        long start = System.nanoTime();

        Optional<Duration> playingTime = TimeBound.call(executor, limit, "false frames", () -> {
            try {
                return AudioDurations.of(file, MediaTypes.MPEG);
            } finally {
                ended.countDown();
            }
        });

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(Optional.empty(), playingTime);
        assertTrue(took.compareTo(limit) >= 0 && took.compareTo(limit.plusSeconds(2)) < 0, took.toString());
        assertTrue(ended.await(1, TimeUnit.SECONDS), "the interrupted reading stopped");
        assertEquals(Optional.empty(), library.playingTime(busy), "the library's reading of it, within its limit");
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

    private MediaFile store(InputStream content, String fileName) {
        MediaFile file = library.store(content, fileName, Long.MAX_VALUE, MediaTypes.AUDIO);
        stored.add(file);
        return file;
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
