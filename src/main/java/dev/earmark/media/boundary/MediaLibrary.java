package dev.earmark.media.boundary;

import dev.earmark.media.control.AudioDurations;
import dev.earmark.media.control.FileNames;
import dev.earmark.media.control.MediaStorage;
import dev.earmark.media.control.MediaTooLargeException;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.control.StoredContent;
import dev.earmark.media.control.TimeBound;
import dev.earmark.media.control.UnsupportedMediaException;
import dev.earmark.media.entity.MediaFile;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Media files with their records. The disk is not transactional, so each file follows the outcome of the
 * transaction that records it: a new file is deleted if its row is rolled back, and a deleted row's file
 * goes only once the deletion is committed. A crash in between leaves an unreferenced file, never a row
 * without its file.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    /** Reading the headers takes milliseconds; a file that keeps the reader busy longer is not worth the wait. */
    static final Duration PLAYING_TIME_LIMIT = Duration.ofSeconds(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaStorage storage;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The reading runs on a container thread, so that the request's thread can stop waiting for it. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /**
     * Stores an upload and records it.
     *
     * @param originalName the uploader's file name, only kept (cleaned) to name downloads
     * @param acceptedTypes what the content may be, e.g. {@link MediaTypes#AUDIO}
     * @throws MediaTooLargeException if more than {@code maxBytes} arrive
     * @throws UnsupportedMediaException if the content is of no accepted type
     */
    public MediaFile store(InputStream in, String originalName, long maxBytes, Set<String> acceptedTypes) {
        return recorded(storage.store(in, maxBytes, acceptedTypes), originalName);
    }

    /**
     * Stores and records content that its caller has read whole and checked, of a type the caller names (see
     * {@link MediaStorage#storeChecked}).
     */
    public MediaFile storeChecked(byte[] content, String originalName, String mediaType) {
        return recorded(storage.storeChecked(new ByteArrayInputStream(content), content.length, mediaType),
                originalName);
    }

    private MediaFile recorded(StoredContent content, String originalName) {
        try {
            deleteFileAfter(Status.STATUS_ROLLEDBACK, content.storageKey());
        } catch (RuntimeException doomed) {
            // A transaction already marked for rollback takes no more synchronizations.
            storage.delete(content.storageKey());
            throw doomed;
        }
        MediaFile file = new MediaFile(content.storageKey(), FileNames.clean(originalName), content.mediaType(),
                content.lengthBytes(), content.sha256(), clock.instant());
        em.persist(file);
        return file;
    }

    /**
     * How long stored audio plays, as its headers tell within {@link #PLAYING_TIME_LIMIT}; empty when they do not
     * (a file that cannot be read, or that keeps the reader busy longer), never an error.
     */
    public Optional<Duration> playingTime(MediaFile audio) {
        Path file = pathOf(audio);
        return TimeBound.call(executor, PLAYING_TIME_LIMIT, "the playing time of " + file,
                () -> AudioDurations.of(file, audio.getMediaType()));
    }

    /** Where a stored file's bytes lie, for programs that read files (a speech recogniser, a reader of old rows). */
    public Path pathOf(MediaFile file) {
        return storage.resolve(file.getStorageKey());
    }

    public Optional<MediaFile> findFile(long id) {
        return Optional.ofNullable(em.find(MediaFile.class, id));
    }

    public MediaFile getFile(long id) {
        return findFile(id).orElseThrow(() -> new MediaFileNotFoundException(id));
    }

    /** Deletes the record now and the file once that is committed; a file already gone is no error. */
    public void delete(MediaFile file) {
        findFile(file.getId()).ifPresent(managed -> {
            em.remove(managed);
            deleteFileAfter(Status.STATUS_COMMITTED, managed.getStorageKey());
        });
    }

    private void deleteFileAfter(int outcome, String storageKey) {
        transactions.registerInterposedSynchronization(new Synchronization() {

            @Override
            public void beforeCompletion() {
                // Nothing to prepare: the file is only touched once the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == outcome) {
                    storage.delete(storageKey);
                }
            }
        });
    }
}
