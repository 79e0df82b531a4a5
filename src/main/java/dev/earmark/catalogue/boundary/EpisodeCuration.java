package dev.earmark.catalogue.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.control.Transcripts;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.Slugs;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.AudioDurations;
import dev.earmark.media.control.MediaStorage;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.RejectedContentException;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What curators do to episodes: any status, any show. Every change is recorded in the audit trail in the same
 * transaction. Saves name the version they started from; a save over someone else's is refused, never merged.
 */
@ApplicationScoped
@Transactional
public class EpisodeCuration {

    /** Transcripts are read whole to be checked and converted; no real one comes near this. */
    static final int TRANSCRIPT_MAX_BYTES = 5 * 1024 * 1024;
    private static final int SLUG_ATTEMPTS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    @Inject
    MediaLibrary media;

    @Inject
    MediaStorage storage;

    @Inject
    Settings settings;

    /** One page of a show's episodes, filtered and sorted in the database. */
    public Page<Episode> episodes(Show show, EpisodeQuery query, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Episode> counted = count.from(Episode.class);
        count.select(cb.count(counted)).where(matching(cb, counted, show, query));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Episode> select = cb.createQuery(Episode.class);
        Root<Episode> episode = select.from(Episode.class);
        String attribute = query.sort().attribute();
        select.where(matching(cb, episode, show, query)).orderBy(
                query.ascending() ? cb.asc(episode.get(attribute)) : cb.desc(episode.get(attribute)),
                query.ascending() ? cb.asc(episode.get("id")) : cb.desc(episode.get("id")));
        List<Episode> items = em.createQuery(select)
                .setFirstResult(request.firstResult())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(items, request, total);
    }

    public Optional<Episode> findEpisode(long id) {
        Optional<Episode> episode = em.createNamedQuery(Episode.FIND_FOR_CURATION, Episode.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
        // The editor shows the chapters after the transaction has ended.
        episode.ifPresent(found -> found.getChapters().size());
        return episode;
    }

    public Episode getEpisode(long id) {
        return findEpisode(id).orElseThrow(() -> new EpisodeNotFoundException(id));
    }

    public Episode create(String showSlug, EpisodeDraft draft, EpisodeUploads uploads) {
        Show show = catalogue.getShow(showSlug);
        Episode episode = new Episode(show, "urn:uuid:" + UUID.randomUUID());
        apply(draft, episode);
        em.persist(episode);
        em.flush();
        audit.record(AuditAction.CREATED, AuditSubject.EPISODE, episode.getId(), EpisodeFields.set(EpisodeFields.of(episode)));
        recordStatus(episode, EpisodeStatus.DRAFT);
        store(uploads, episode);
        em.flush();
        return episode;
    }

    /** @throws EpisodeConflictException when the episode is no longer at {@code version} */
    public Episode update(long id, long version, EpisodeDraft draft, EpisodeUploads uploads) {
        Episode episode = currentForChange(id, version);
        Map<String, Object> before = EpisodeFields.of(episode);
        EpisodeStatus statusBefore = episode.getStatus();
        apply(draft, episode);
        String changed = EpisodeFields.changed(before, EpisodeFields.of(episode));
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATED, AuditSubject.EPISODE, id, changed);
        }
        recordStatus(episode, statusBefore);
        store(uploads, episode);
        flushOrConflict(id);
        return episode;
    }

    public void delete(long id, long version) {
        Episode episode = current(id, version);
        List<MediaFile> files = new ArrayList<>();
        Optional.ofNullable(episode.getAudioFile()).ifPresent(files::add);
        Optional.ofNullable(episode.getTranscript()).ifPresent(files::add);
        audit.record(AuditAction.DELETED, AuditSubject.EPISODE, id, episode.getTitle());
        em.remove(episode);
        flushOrConflict(id);
        files.forEach(media::delete);
    }

    public Episode publish(long id, long version) {
        return changeStatus(id, version, EpisodeStatus.PUBLISHED, null);
    }

    public Episode schedule(long id, long version, Instant publishAt) {
        return changeStatus(id, version, EpisodeStatus.SCHEDULED, publishAt);
    }

    public Episode archive(long id, long version) {
        return changeStatus(id, version, EpisodeStatus.ARCHIVED, null);
    }

    private Episode changeStatus(long id, long version, EpisodeStatus status, Instant publishedAt) {
        Episode episode = currentForChange(id, version);
        EpisodeStatus before = episode.getStatus();
        applyStatus(episode, status, publishedAt != null ? publishedAt : episode.getPublishedAt());
        recordStatus(episode, before);
        flushOrConflict(id);
        return episode;
    }

    private Episode current(long id, long version) {
        Episode episode = getEpisode(id);
        if (episode.getVersion() != version) {
            throw new EpisodeConflictException(id);
        }
        return episode;
    }

    /**
     * The episode to change if it is still at {@code version}. Its version goes up with every save, also when only
     * chapters change, which are rows of their own: otherwise a stale save could overwrite them unnoticed.
     */
    private Episode currentForChange(long id, long version) {
        Episode episode = current(id, version);
        em.lock(episode, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return episode;
    }

    /** Someone may save between the version check and the write; the database's version check catches that. */
    private void flushOrConflict(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new EpisodeConflictException(id);
        }
    }

    private void apply(EpisodeDraft draft, Episode episode) {
        episode.setTitle(draft.title());
        episode.setSlug(slugFor(episode, draft));
        episode.setSeason(draft.season());
        episode.setNumber(draft.number());
        episode.setEpisodeType(draft.episodeType());
        episode.setDescription(draft.description());
        episode.setAudio(externalAudio(draft.audioUrl()));
        applyStatus(episode, draft.status(), draft.publishedAt());
        if (!EpisodeFields.chapters(episode).equals(EpisodeFields.chapters(draft.chapters()))) {
            episode.replaceChapters(draft.chapters().stream()
                    .map(mark -> new Chapter(mark.startMillis(), mark.title(), null))
                    .toList());
        }
    }

    /** A published episode without a time is published now; a scheduled one needs its time. */
    private static void applyStatus(Episode episode, EpisodeStatus status, Instant publishedAt) {
        if (status == EpisodeStatus.SCHEDULED && publishedAt == null) {
            throw new EpisodeFieldException("publishedAt", "admin.episode.error.scheduleWithoutTime");
        }
        boolean needsTime = EpisodeStatus.ALWAYS_VISIBLE.contains(status) && publishedAt == null;
        episode.setPublishedAt(needsTime ? Instant.now() : publishedAt);
        episode.setStatus(status);
    }

    private void recordStatus(Episode episode, EpisodeStatus before) {
        if (episode.getStatus() == before) {
            return;
        }
        AuditAction action = switch (episode.getStatus()) {
            case DRAFT -> AuditAction.UNPUBLISHED;
            case SCHEDULED -> AuditAction.SCHEDULED;
            case PUBLISHED -> AuditAction.PUBLISHED;
            case ARCHIVED -> AuditAction.ARCHIVED;
        };
        audit.record(action, AuditSubject.EPISODE, episode.getId(), String.valueOf(episode.getPublishedAt()));
    }

    /** The slug asked for, which must be free in the show; else one made from the title, numbered until free. */
    private String slugFor(Episode episode, EpisodeDraft draft) {
        if (draft.slug() != null && !draft.slug().isBlank()) {
            String slug = draft.slug().strip();
            if (isTaken(episode, slug)) {
                throw new EpisodeFieldException("slug", "admin.episode.error.slugTaken", slug);
            }
            return slug;
        }
        String base = Slugs.of(draft.title(), Episode.SLUG_MAX - 4);
        String stem = base.isEmpty() ? "episode" : base;
        for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
            String candidate = attempt == 1 ? stem : stem + "-" + attempt;
            if (!isTaken(episode, candidate)) {
                return candidate;
            }
        }
        throw new EpisodeFieldException("slug", "admin.episode.error.slugTaken", stem);
    }

    private boolean isTaken(Episode episode, String slug) {
        return em.createNamedQuery(Episode.FIND_BY_SHOW_AND_SLUG, Episode.class)
                .setParameter("show", episode.getShow())
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(other -> !other.equals(episode));
    }

    private static AudioEnclosure externalAudio(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String address = url.strip();
        try {
            URI uri = new URI(address);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new EpisodeFieldException("audioUrl", "admin.episode.error.audioUrl", address);
            }
            return new AudioEnclosure(address, mediaTypeOf(uri.getPath()), null);
        } catch (URISyntaxException notAUri) {
            throw new EpisodeFieldException("audioUrl", "admin.episode.error.audioUrl", address);
        }
    }

    /** An external file is not fetched, so its extension is all there is to tell players what it is. */
    private static String mediaTypeOf(String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mp3")) {
            return MediaTypes.MPEG;
        }
        if (lower.endsWith(".m4a") || lower.endsWith(".aac") || lower.endsWith(".mp4")) {
            return MediaTypes.MP4_AUDIO;
        }
        if (lower.endsWith(".opus")) {
            return MediaTypes.OPUS;
        }
        return lower.endsWith(".ogg") || lower.endsWith(".oga") ? MediaTypes.OGG : null;
    }

    private void store(EpisodeUploads uploads, Episode episode) {
        if (uploads.audio() != null) {
            MediaFile audio = storeUpload("audio", uploads.audio(), settings.maxAudioBytes(), MediaTypes.AUDIO);
            replaceAudio(episode, audio);
            audit.record(AuditAction.AUDIO_UPLOADED, AuditSubject.EPISODE, episode.getId(), audio.getFileName());
        } else if (uploads.removeAudio() && episode.getAudioFile() != null) {
            replaceAudio(episode, null);
            audit.record(AuditAction.UPDATED, AuditSubject.EPISODE, episode.getId(), "audioFile");
        }
        if (uploads.transcript() != null) {
            MediaFile transcript = storeTranscript(uploads.transcript());
            MediaFile replaced = episode.getTranscript();
            episode.setTranscript(transcript);
            deleteAfterFlush(replaced);
            audit.record(AuditAction.TRANSCRIPT_UPLOADED, AuditSubject.EPISODE, episode.getId(),
                    transcript.getFileName());
        }
    }

    private void replaceAudio(Episode episode, MediaFile audio) {
        MediaFile replaced = episode.getAudioFile();
        episode.setAudioFile(audio);
        episode.setDurationSeconds(audio == null ? null : AudioDurations
                .of(storage.resolve(audio.getStorageKey()), audio.getMediaType())
                .map(duration -> (int) Math.round(duration.toMillis() / 1000.0))
                .orElse(null));
        deleteAfterFlush(replaced);
    }

    /** The episode must stop pointing at a file before the file's row can go. */
    private void deleteAfterFlush(MediaFile replaced) {
        if (replaced != null) {
            em.flush();
            media.delete(replaced);
        }
    }

    private MediaFile storeTranscript(EpisodeUploads.Upload upload) {
        byte[] content;
        try (InputStream in = upload.content().open()) {
            content = in.readNBytes(TRANSCRIPT_MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > TRANSCRIPT_MAX_BYTES) {
            throw new EpisodeFieldException("transcript", "media.error.tooLarge",
                    TRANSCRIPT_MAX_BYTES / (1024.0 * 1024.0));
        }
        String vtt = rejectedAsField("transcript", () -> Transcripts.toWebVtt(content));
        EpisodeUploads.Upload converted = new EpisodeUploads.Upload(vttName(upload.fileName()),
                () -> new ByteArrayInputStream(vtt.getBytes(StandardCharsets.UTF_8)));
        return storeUpload("transcript", converted, TRANSCRIPT_MAX_BYTES, MediaTypes.TRANSCRIPTS);
    }

    private MediaFile storeUpload(String field, EpisodeUploads.Upload upload, long maxBytes, Set<String> types) {
        return rejectedAsField(field, () -> {
            try (InputStream in = upload.content().open()) {
                return media.store(in, upload.fileName(), maxBytes, types);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A refused file is reported at its field, so the editor shows why next to the upload. */
    private static <T> T rejectedAsField(String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (RejectedContentException refused) {
            throw new EpisodeFieldException(field, refused.messageKey(), refused.arguments());
        }
    }

    private static String vttName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "transcript" : fileName;
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".vtt";
    }

    private static Predicate matching(CriteriaBuilder cb, Root<Episode> episode, Show show, EpisodeQuery query) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(cb.equal(episode.get("show"), show));
        if (query.status() != null) {
            conditions.add(cb.equal(episode.get("status"), query.status()));
        }
        if (!query.search().isEmpty()) {
            String escaped = query.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            conditions.add(cb.like(cb.lower(episode.get("title")), "%" + escaped + "%", '\\'));
        }
        return cb.and(conditions.toArray(Predicate[]::new));
    }
}
