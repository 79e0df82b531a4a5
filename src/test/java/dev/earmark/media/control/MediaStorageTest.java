package dev.earmark.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.platform.control.Settings;
import dev.earmark.testing.server.EndlessStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStorageTest {

    @TempDir
    Path temp;

    private Path directory;
    private MediaStorage storage;

    @BeforeEach
    void storageInANewDirectory() {
        directory = temp.resolve("media");
        storage = new MediaStorage();
        storage.settings = new Settings() {
            @Override
            public Path mediaDirectory() {
                return directory;
            }
        };
    }

    @Test
    void storesOpusUnderARandomKeyWithLengthAndHash() throws Exception {
        byte[] opus = SampleMedia.opus(200_000);

        StoredContent stored = storage.store(new ByteArrayInputStream(opus), 1_000_000, MediaTypes.AUDIO);

        assertEquals(MediaTypes.OPUS, stored.mediaType());
        assertEquals(opus.length, stored.lengthBytes());
        assertEquals(sha256(opus), stored.sha256());
        assertEquals(List.of(stored.storageKey()), filesLeft());
        assertArrayEquals(opus, Files.readAllBytes(storage.resolve(stored.storageKey())));
    }

    @Test
    void eachFileGetsItsOwnKey() {
        byte[] opus = SampleMedia.opus(10);

        String first = storage.store(new ByteArrayInputStream(opus), 1000, MediaTypes.AUDIO).storageKey();
        String second = storage.store(new ByteArrayInputStream(opus), 1000, MediaTypes.AUDIO).storageKey();

        assertFalse(first.equals(second));
        assertEquals(2, filesLeft().size());
    }

    @Test
    void recognisesTheTypeWhenTheHeaderArrivesInDribs() {
        StoredContent stored = storage.store(new Dribbling(SampleMedia.opus(1000)), 10_000, MediaTypes.AUDIO);

        assertEquals(MediaTypes.OPUS, stored.mediaType());
        assertEquals(SampleMedia.opus(1000).length, stored.lengthBytes());
    }

    @Test
    void refusesARenamedTextFileAndKeepsNothing() {
        byte[] text = "Not audio at all, whatever the name says.\n".repeat(100).getBytes(StandardCharsets.UTF_8);

        UnsupportedMediaException refused = assertThrows(UnsupportedMediaException.class,
                () -> storage.store(new ByteArrayInputStream(text), 1_000_000, MediaTypes.AUDIO));

        assertEquals("media.error.type", refused.messageKey());
        assertEquals(List.of(), filesLeft());
    }

    @Test
    void refusesAWrongTypeHavingReadOnlyItsFirstBytesAndWrittenNothing() {
        EndlessStream text = new EndlessStream("Not audio at all, whatever the name says.\n");

        assertThrows(UnsupportedMediaException.class, () -> storage.store(text, Long.MAX_VALUE, MediaTypes.AUDIO));

        assertEquals(MediaTypes.HEAD_BYTES, text.delivered());
        assertFalse(Files.exists(directory), "not even the media directory was made");
    }

    @Test
    void refusesAKnownTypeTheCallerDoesNotAccept() {
        assertThrows(UnsupportedMediaException.class,
                () -> storage.store(new ByteArrayInputStream(SampleMedia.opus(10)), 1000, MediaTypes.IMAGES));
        assertEquals(List.of(), filesLeft());
    }

    @Test
    void refusesTooMuchAndKeepsNothing() {
        long limit = 3L * 1024 * 1024;
        byte[] opus = SampleMedia.opus((int) limit);

        MediaTooLargeException refused = assertThrows(MediaTooLargeException.class,
                () -> storage.store(new ByteArrayInputStream(opus), limit, MediaTypes.AUDIO));

        assertEquals("media.error.tooLarge", refused.messageKey());
        assertArrayEquals(new Object[] {3.0}, refused.arguments());
        assertEquals(List.of(), filesLeft());
    }

    @Test
    void acceptsExactlyTheLimit() {
        byte[] opus = SampleMedia.opus(100);

        assertEquals(opus.length, storage.store(new ByteArrayInputStream(opus), opus.length, MediaTypes.AUDIO)
                .lengthBytes());
    }

    @Test
    void removesThePartialFileWhenTheUploadBreaksOff() {
        InputStream upload = new ByteArrayInputStream(SampleMedia.opus(200_000));
        InputStream breaksOff = new InputStream() {
            private int delivered;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (delivered > 100_000) {
                    throw new IOException("connection reset");
                }
                int read = upload.read(buffer, offset, length);
                delivered += read;
                return read;
            }
        };

        assertThrows(UncheckedIOException.class, () -> storage.store(breaksOff, 1_000_000, MediaTypes.AUDIO));
        assertEquals(List.of(), filesLeft());
    }

    @Test
    void resolvesOnlyKeysItMakes() {
        String key = storage.store(new ByteArrayInputStream(SampleMedia.opus(10)), 1000, MediaTypes.AUDIO)
                .storageKey();

        assertEquals(directory.resolve(key), storage.resolve(key));
        for (String notAKey : new String[] {"../../etc/passwd", "..", "", "upload-1.part", key.toUpperCase(),
                key + "/x", "/" + key}) {
            assertThrows(IllegalArgumentException.class, () -> storage.resolve(notAKey), notAKey);
        }
        assertThrows(IllegalArgumentException.class, () -> storage.resolve(null));
    }

    @Test
    void deletesAFileAndDoesNotMindOneAlreadyGone() {
        String key = storage.store(new ByteArrayInputStream(SampleMedia.opus(10)), 1000, MediaTypes.AUDIO)
                .storageKey();

        storage.delete(key);
        storage.delete(key);

        assertEquals(List.of(), filesLeft());
    }

    @Test
    void anUploadInProgressIsAnUnfinishedUploadKeptWhileItIsWritten() {
        List<String> whileWriting = new ArrayList<>();
        List<Integer> deletedWhileWriting = new ArrayList<>();
        InputStream upload = new ByteArrayInputStream(SampleMedia.opus(300_000)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                if (pos > 100_000 && whileWriting.isEmpty()) {
                    whileWriting.addAll(filesLeft());
                    deletedWhileWriting.add(storage.deleteUnfinishedUploads(Instant.now().minus(Duration.ofHours(1))));
                }
                return super.read(buffer, offset, length);
            }
        };

        String key = storage.store(upload, 1_000_000, MediaTypes.AUDIO).storageKey();

        assertEquals(1, whileWriting.size());
        assertTrue(whileWriting.get(0).matches("upload-[0-9]+\\.part"), whileWriting.get(0));
        assertEquals(List.of(0), deletedWhileWriting);
        assertEquals(List.of(key), filesLeft());
    }

    @Test
    void deletesOnlyUnfinishedUploadsWrittenBeforeTheGivenTime() throws IOException {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        String stored = storage.store(new ByteArrayInputStream(SampleMedia.opus(10)), 1000, MediaTypes.AUDIO)
                .storageKey();
        writtenAt(storage.resolve(stored), twoHoursAgo);
        writtenAt(Files.writeString(directory.resolve("upload-1.part"), "abandoned"), twoHoursAgo);
        writtenAt(Files.writeString(directory.resolve("upload-2.part"), "abandoned too"), twoHoursAgo);
        Files.writeString(directory.resolve("upload-3.part"), "in progress");
        writtenAt(Files.writeString(directory.resolve("upload-notes.txt"), "someone else's"), twoHoursAgo);

        assertEquals(2, storage.deleteUnfinishedUploads(Instant.now().minus(Duration.ofHours(1))));

        assertEquals(List.of(stored, "upload-3.part", "upload-notes.txt"), filesLeft().stream().sorted().toList());
    }

    @Test
    void aMissingMediaDirectoryHasNoUnfinishedUploads() {
        assertEquals(0, storage.deleteUnfinishedUploads(Instant.now()));
        assertFalse(Files.exists(directory));
    }

    private static void writtenAt(Path file, Instant time) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    /** What is stored: nothing when the media directory was never made. */
    private List<String> filesLeft() {
        if (Files.notExists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Hands out three bytes per read, as a slow network may. */
    private static final class Dribbling extends ByteArrayInputStream {

        Dribbling(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            return super.read(buffer, offset, Math.min(length, 3));
        }
    }
}
