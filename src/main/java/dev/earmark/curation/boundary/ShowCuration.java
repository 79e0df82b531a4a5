package dev.earmark.curation.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.boundary.ShowNotFoundException;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.Slugs;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.DatabaseErrors;
import dev.earmark.platform.control.NotPermittedException;
import dev.earmark.platform.control.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What curators do with shows. Editors may read them (they curate the episodes of every show);
 * creating, changing and deleting a show is for admins, checked here rather than only in the
 * pages, so the API and any future caller obey the same rule. Every change goes into the audit
 * trail in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ShowCuration {

    /** Cover art of podcast directories is at most 3000 × 3000 pixels; a good JPEG of that fits well. */
    public static final long MAX_ARTWORK_BYTES = 5L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaLibrary media;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Validator validator;

    public List<CuratedShow> shows() {
        Map<Long, Long> counts = em.createNamedQuery(Show.EPISODE_COUNTS, Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createNamedQuery(Show.FIND_ALL, Show.class)
                .getResultStream()
                .map(show -> new CuratedShow(show, counts.getOrDefault(show.getId(), 0L)))
                .toList();
    }

    /** The show with its artwork record loaded, so pages can link the image after the transaction. */
    public Optional<Show> findShow(long id) {
        Optional<Show> show = Optional.ofNullable(em.find(Show.class, id));
        show.map(Show::getArtwork).ifPresent(MediaFile::getFileName);
        return show;
    }

    public Show getShow(long id) {
        return findShow(id).orElseThrow(() -> new ShowNotFoundException(id));
    }

    public CuratedShow getCuratedShow(long id) {
        Show show = getShow(id);
        return new CuratedShow(show, em.createNamedQuery(Show.COUNT_EPISODES, Long.class)
                .setParameter("show", show)
                .getSingleResult());
    }

    /** Newest first. */
    public List<AuditEntry> history(long showId) {
        return audit.history(AuditSubject.SHOW, showId);
    }

    /**
     * @param draft the new show's details; a blank slug is made from the title (numbered when taken)
     * @param artwork a JPEG or PNG of at most {@link #MAX_ARTWORK_BYTES}, or null
     */
    public Show create(Show draft, Upload artwork) {
        requireAdmin();
        if (isBlank(draft.getSlug())) {
            draft.setSlug(freeSlug(slugOf(draft.getTitle())));
        }
        validate(draft);
        requireFreeSlug(draft.getSlug(), null);
        em.persist(draft);
        audit.record(AuditAction.CREATED, AuditSubject.SHOW, draft.getId(), draft.getTitle());
        if (artwork != null) {
            replaceArtwork(draft, artwork);
        }
        flushOrConflict(draft);
        return draft;
    }

    /**
     * @param expectedVersion the version the curator's form was loaded with: if someone saved the show since,
     *        nothing changes and a {@link ConcurrentChangeException} says so
     * @param edited the details as the curator left them; a blank slug is made from the title
     */
    public Show update(long id, long expectedVersion, Show edited, Upload artwork) {
        requireAdmin();
        Show show = getShow(id);
        requireVersion(show, expectedVersion);
        if (isBlank(edited.getSlug())) {
            edited.setSlug(slugOf(edited.getTitle()));
        }
        validate(edited);
        requireFreeSlug(edited.getSlug(), id);
        List<String> changed = show.takeDetailsFrom(edited);
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATED, AuditSubject.SHOW, id, String.join(", ", changed));
        }
        if (artwork != null) {
            replaceArtwork(show, artwork);
        }
        flushOrConflict(show);
        return show;
    }

    /**
     * Deletes the show with its episodes, their chapters and snips, and every stored file of
     * them (the files once the deletion is committed).
     *
     * @return how many episodes went with it
     */
    public int delete(long id, long expectedVersion) {
        requireAdmin();
        Show show = getShow(id);
        requireVersion(show, expectedVersion);
        List<Episode> episodes = em.createNamedQuery(Show.FIND_EPISODES, Episode.class)
                .setParameter("show", show)
                .getResultList();
        List<MediaFile> files = new ArrayList<>();
        for (Episode episode : episodes) {
            addIfPresent(files, episode.getAudioFile());
            addIfPresent(files, episode.getTranscript());
            audit.record(AuditAction.DELETED, AuditSubject.EPISODE, episode.getId(), episode.getTitle());
            // Chapters go by cascade, snips by the database's ON DELETE CASCADE: no need to load them.
            em.remove(episode);
        }
        addIfPresent(files, show.getArtwork());
        audit.record(AuditAction.DELETED, AuditSubject.SHOW, id, show.getTitle());
        em.remove(show);
        flushOrConflict(show);
        files.forEach(media::delete);
        return episodes.size();
    }

    private void replaceArtwork(Show show, Upload upload) {
        MediaFile previous = show.getArtwork();
        MediaFile stored = media.store(upload.content(), upload.fileName(), MAX_ARTWORK_BYTES, MediaTypes.IMAGES);
        show.setArtwork(stored);
        audit.record(AuditAction.ARTWORK_UPLOADED, AuditSubject.SHOW, show.getId(), stored.getFileName());
        if (previous != null) {
            // The show must stop pointing at the old file before its row can go.
            flushOrConflict(show);
            media.delete(previous);
        }
    }

    private void requireAdmin() {
        if (!security.isCallerInRole(Roles.ADMIN)) {
            throw new NotPermittedException("catalogue.error.showsAdminOnly");
        }
    }

    private static void requireVersion(Show show, long expectedVersion) {
        if (show.getVersion() != expectedVersion) {
            throw conflict(show);
        }
    }

    /** Catches a save that raced past {@link #requireVersion} or {@link #requireFreeSlug} between our read and our write. */
    private void flushOrConflict(Show show) {
        DatabaseErrors.flush(em, () -> conflict(show), () -> new SlugTakenException(show.getSlug()));
    }

    private static ConcurrentChangeException conflict(Show show) {
        return new ConcurrentChangeException("catalogue.error.showChangedMeanwhile", show.getTitle());
    }

    private void validate(Show show) {
        Set<ConstraintViolation<Show>> violations = validator.validate(show);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private void requireFreeSlug(String slug, Long ownId) {
        if (slugOwner(slug).filter(owner -> !owner.equals(ownId)).isPresent()) {
            throw new SlugTakenException(slug);
        }
    }

    /** A title without Latin letters or digits ("Подкаст", "播客") still gets an address: "show", numbered when taken. */
    private static String slugOf(String title) {
        String slug = Slugs.of(title, Show.SLUG_MAX);
        return slug.isEmpty() && title != null && !title.isBlank() ? "show" : slug;
    }

    /** The title's slug, or the first of "slug-2", "slug-3" … that no show has yet. */
    private String freeSlug(String base) {
        String candidate = base;
        for (int number = 2; !base.isEmpty() && slugOwner(candidate).isPresent(); number++) {
            String suffix = "-" + number;
            candidate = Slugs.of(base, Show.SLUG_MAX - suffix.length()) + suffix;
        }
        return candidate;
    }

    private Optional<Long> slugOwner(String slug) {
        return em.createNamedQuery(Show.FIND_BY_SLUG, Show.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(Show::getId);
    }

    private static void addIfPresent(List<MediaFile> files, MediaFile file) {
        if (file != null) {
            files.add(file);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
