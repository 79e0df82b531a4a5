package dev.earmark.media.control;

import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Media files on disk, in {@link Settings#mediaDirectory()}, each under a random key. Uploads of hundreds
 * of megabytes pass through a fixed buffer; a file only gets its key once it is complete and accepted,
 * so a reader never sees half of one. Until then it is an unfinished upload, "upload-….part" beside the
 * stored files (the same volume, so that the final move is atomic).
 */
@ApplicationScoped
public class MediaStorage {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final Pattern STORAGE_KEY =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Never matches {@link #STORAGE_KEY}, so an unfinished upload cannot be resolved. */
    private static final String UPLOAD_PREFIX = "upload-";
    private static final String UPLOAD_SUFFIX = ".part";
    private static final String UNFINISHED_UPLOADS = UPLOAD_PREFIX + "*" + UPLOAD_SUFFIX;

    @Inject
    Settings settings;

    /**
     * Stores what {@code in} delivers if it is at most {@code maxBytes} long and its content is of one
     * of {@code acceptedTypes} (see {@link MediaTypes}); otherwise nothing is left on disk. The type is
     * told by the first bytes, before anything is written: a file of another type is refused having read
     * only those.
     *
     * @throws MediaTooLargeException if more than {@code maxBytes} arrive
     * @throws UnsupportedMediaException if the content is of no accepted type
     */
    public StoredContent store(InputStream in, long maxBytes, Set<String> acceptedTypes) {
        try {
            byte[] head = in.readNBytes(MediaTypes.HEAD_BYTES);
            String mediaType = MediaTypes.detect(head)
                    .filter(acceptedTypes::contains)
                    .orElseThrow(UnsupportedMediaException::new);
            return write(new SequenceInputStream(new ByteArrayInputStream(head), in), maxBytes, mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores content whose type its caller knows, having read and checked all of it: a transcript in SubRip, JSON or
     * plain text has no first bytes that tell its type.
     *
     * @throws MediaTooLargeException if more than {@code maxBytes} arrive
     */
    public StoredContent storeChecked(InputStream in, long maxBytes, String mediaType) {
        try {
            return write(in, maxBytes, mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredContent write(InputStream in, long maxBytes, String mediaType) throws IOException {
        Path directory = Files.createDirectories(settings.mediaDirectory());
        Path upload = Files.createTempFile(directory, UPLOAD_PREFIX, UPLOAD_SUFFIX);
        try {
            Received received = receive(in, upload, maxBytes);
            String storageKey = UUID.randomUUID().toString();
            Files.move(upload, directory.resolve(storageKey), StandardCopyOption.ATOMIC_MOVE);
            return new StoredContent(storageKey, mediaType, received.length(), received.sha256());
        } finally {
            // After the move there is nothing left to delete; after any failure, the partial upload.
            Files.deleteIfExists(upload);
        }
    }

    /** The file of a stored key; anything that is not a key this class made is refused, whatever its origin. */
    public Path resolve(String storageKey) {
        if (storageKey == null || !STORAGE_KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException(storageKey);
        }
        return settings.mediaDirectory().resolve(storageKey);
    }

    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(resolve(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the unfinished uploads last written before {@code writtenBefore}: what a crash or a killed
     * server left behind. An upload in progress writes all the time, so a caller that chooses the time
     * generously never deletes one, not even another server's on a shared media volume.
     *
     * @return how many were deleted
     */
    public int deleteUnfinishedUploads(Instant writtenBefore) {
        Path directory = settings.mediaDirectory();
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> uploads = Files.newDirectoryStream(directory, UNFINISHED_UPLOADS)) {
            for (Path upload : uploads) {
                if (isWrittenBefore(upload, writtenBefore) && Files.deleteIfExists(upload)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    private static boolean isWrittenBefore(Path upload, Instant time) throws IOException {
        try {
            return Files.getLastModifiedTime(upload).toInstant().isBefore(time);
        } catch (NoSuchFileException finishedMeanwhile) {
            return false;
        }
    }

    private record Received(long length, String sha256) {
    }

    private static Received receive(InputStream in, Path target, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long length = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                length += read;
                if (length > maxBytes) {
                    throw new MediaTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return new Received(length, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
