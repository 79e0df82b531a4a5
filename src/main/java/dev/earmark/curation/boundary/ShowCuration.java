package dev.earmark.curation.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.boundary.ShowNotFoundException;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.control.FreeSlugs;
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
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public static final int MAX_ARTWORK_MEGABYTES = 5;
    public static final long MAX_ARTWORK_BYTES = MAX_ARTWORK_MEGABYTES * 1024L * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaLibrary media;

    @Inject
    AuditTrail audit;

    @Inject
    CatalogueRevision revision;

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
    public Show create(ShowDraft draft, Upload artwork) {
        requireAdmin();
        Show show = new Show();
        apply(draft, slugs(null).choose(draft.slug(), draft.title()), show);
        Validation.requireValid(validator, show);
        em.persist(show);
        audit.record(AuditAction.CREATED, AuditSubject.SHOW, show.getId(), show.getTitle());
        if (artwork != null) {
            replaceArtwork(show, artwork);
        }
        flushOrConflict(show);
        revision.bump();
        return show;
    }

    /**
     * @param expectedVersion the version the curator's form was loaded with: if someone saved the show since,
     *        nothing changes and a {@link ConcurrentChangeException} says so
     * @param draft the details as the curator left them; a blank slug is made from the title
     */
    public Show update(long id, long expectedVersion, ShowDraft draft, Upload artwork) {
        requireAdmin();
        Show show = current(id, expectedVersion);
        String slug = slugs(id).choose(draft.slug(), draft.title());
        ShowDraft before = ShowDraft.of(show);
        apply(draft, slug, show);
        Validation.requireValid(validator, show);
        String changed = CuratedFields.changed(before, ShowDraft.of(show));
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATED, AuditSubject.SHOW, id, changed);
        }
        if (artwork != null) {
            replaceArtwork(show, artwork);
        }
        flushOrConflict(show);
        revision.bump();
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
        Show show = current(id, expectedVersion);
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
        revision.bump();
        files.forEach(media::delete);
        return episodes.size();
    }

    /**
     * A new show from a podcast feed, its slug made from the title (numbered when taken). No role is asked for here:
     * the callers are an admin's request (the feed pages and API are the admins', web.xml) or the scheduled refresh
     * of a feed an admin followed, which runs as no one.
     */
    public Show createFromFeed(ShowFromFeed feed) {
        Show show = new Show();
        apply(feed.draft(), slugs(null).choose(null, feed.draft().title()), show);
        applyFeed(feed, show);
        Validation.requireValid(validator, show);
        em.persist(show);
        audit.record(AuditAction.CREATED, AuditSubject.SHOW, show.getId(), show.getTitle());
        flushOrConflict(show);
        revision.bump();
        return show;
    }

    /**
     * The show as its feed now describes it; its slug, artwork and Earmark's own settings (downloads, summaries)
     * stay as they are. No role is asked for, as for {@link #createFromFeed}.
     *
     * @return the names of the fields that changed, none when the feed says what is stored
     */
    public List<String> updateFromFeed(Show show, ShowFromFeed feed) {
        ShowDraft before = ShowDraft.of(show);
        ShowFromFeed feedBefore = feedOf(show);
        ShowDraft sent = feed.draft();
        apply(new ShowDraft(show.getSlug(), sent.title(), sent.description(), sent.author(), sent.ownerEmail(),
                sent.language(), sent.categories().isEmpty() ? show.getCategories() : sent.categories(),
                sent.explicit(), show.isDownloadsAllowed(), sent.type(), show.isAcceptSummaries()),
                show.getSlug(), show);
        applyFeed(feed, show);
        Validation.requireValid(validator, show);
        List<String> changed = new ArrayList<>(CuratedFields.changedNames(before, ShowDraft.of(show)));
        changed.addAll(CuratedFields.changedNames(new FeedFields(feedBefore), new FeedFields(feedOf(show))));
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATED, AuditSubject.SHOW, show.getId(), String.join(", ", changed));
            flushOrConflict(show);
            revision.bump();
        }
        return changed;
    }

    private static void applyFeed(ShowFromFeed feed, Show show) {
        show.setOwnerName(feed.ownerName());
        show.setLink(feed.link());
        show.setCopyright(feed.copyright());
        show.setFeedLocked(feed.locked());
        show.setNewFeedUrl(feed.newFeedUrl());
        if (!show.getPeople().equals(feed.people())) {
            show.setPeople(feed.people());
        }
    }

    private static ShowFromFeed feedOf(Show show) {
        return new ShowFromFeed(ShowDraft.of(show), show.getOwnerName(), show.getLink(), show.getCopyright(),
                show.isFeedLocked(), show.getNewFeedUrl(), show.getPeople());
    }

    /** The feed's own fields by name, for the history. */
    private record FeedFields(String ownerName, String link, String copyright, boolean locked, String newFeedUrl,
            List<Person> people) {

        FeedFields(ShowFromFeed feed) {
            this(feed.ownerName(), feed.link(), feed.copyright(), feed.locked(), feed.newFeedUrl(), feed.people());
        }
    }

    /** Takes over what curators edit in the show's form (the artwork is uploaded on its own). */
    static void apply(ShowDraft draft, String slug, Show show) {
        show.setSlug(slug);
        show.setTitle(draft.title());
        show.setDescription(draft.description());
        show.setAuthor(draft.author());
        show.setOwnerEmail(draft.ownerEmail());
        show.setLanguage(draft.language());
        // An equal list put in place of the stored one would still be written again.
        if (!show.getCategories().equals(draft.categories())) {
            show.setCategories(draft.categories());
        }
        show.setExplicit(draft.explicit());
        show.setDownloadsAllowed(draft.downloadsAllowed());
        show.setType(draft.type());
        show.setAcceptSummaries(draft.acceptSummaries());
    }

    /**
     * Gives a show its feed's {@code podcast:guid} once, in a transaction of its own (a feed being read must not wait
     * for it or take it back): no curator's act, so no audit entry and no admin check; the version stays, so no open
     * form goes stale. Feeds render the show after it, so no revision change is needed either.
     *
     * @param guid      the guid the show's feed URL makes
     * @param otherwise the one to take when another show holds {@code guid} already (a slug given up and taken again)
     * @return the show's guid, whichever was stored first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String assignFeedGuid(long showId, String guid, String otherwise) {
        boolean taken = em.createNamedQuery(Show.COUNT_FEED_GUID, Long.class).setParameter("guid", guid)
                .getSingleResult() > 0;
        em.createNamedQuery(Show.ASSIGN_FEED_GUID).setParameter("guid", taken ? otherwise : guid)
                .setParameter("id", showId).executeUpdate();
        return em.createNamedQuery(Show.FIND_FEED_GUID, String.class).setParameter("id", showId).getSingleResult();
    }

    private void replaceArtwork(Show show, Upload upload) {
        MediaFile previous = show.getArtwork();
        MediaFile stored = upload.storeIn(media, "artwork", MAX_ARTWORK_BYTES, MediaTypes.IMAGES);
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

    /** The show to change if it is still at the version the curator started from. */
    private Show current(long id, long expectedVersion) {
        Show show = getShow(id);
        if (show.getVersion() != expectedVersion) {
            throw conflict(show);
        }
        return show;
    }

    /**
     * Someone may save between our checks (version, free slug) and the write; the database's version
     * check and unique constraint catch that.
     */
    private void flushOrConflict(Show show) {
        DatabaseErrors.flush(em, () -> conflict(show), () -> slugs(show.getId()).taken(show.getSlug()));
    }

    private static ConcurrentChangeException conflict(Show show) {
        return new ConcurrentChangeException("catalogue.error.showChangedMeanwhile", show.getTitle());
    }

    /** Show addresses are unique among all shows; a show may keep its own ({@code ownId}, null for a new one). */
    private FreeSlugs slugs(Long ownId) {
        return new FreeSlugs(Show.SLUG_MAX, "show", "catalogue.error.slugTaken",
                slug -> slugOwner(slug).filter(owner -> !owner.equals(ownId)).isPresent());
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
}
