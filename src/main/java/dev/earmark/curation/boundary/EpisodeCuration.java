package dev.earmark.curation.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.boundary.EpisodeNotFoundException;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.control.FreeSlugs;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ChapterParseException;
import dev.earmark.notes.control.ChapterTable;
import dev.earmark.notes.control.WebAddresses;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.DatabaseErrors;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.summaries.control.EpisodeSuggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What curators do to episodes: any status, any show. Every change is recorded in the audit trail in the same
 * transaction. Saves name the version they started from; a save over someone else's is refused, never merged.
 */
@ApplicationScoped
@Transactional
public class EpisodeCuration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    @Inject
    CatalogueRevision revision;

    @Inject
    EpisodeFiles files;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

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

    /** Newest first. */
    public List<AuditEntry> history(long episodeId) {
        return audit.history(AuditSubject.EPISODE, episodeId);
    }

    public Episode create(String showSlug, EpisodeDraft draft, EpisodeUploads uploads) {
        Show show = catalogue.getShow(showSlug);
        Episode episode = new Episode(show, "urn:uuid:" + UUID.randomUUID());
        EpisodeDraft complete = draft.orStored(episode);
        apply(complete, slugs(episode).choose(draft.slug(), draft.title()), episode);
        SummaryEdits.apply(complete, episode, List.of(), Optional.empty());
        Validation.requireValid(validator, episode);
        em.persist(episode);
        flushOrConflict(episode);
        audit.record(AuditAction.CREATED, AuditSubject.EPISODE, episode.getId(),
                CuratedFields.set(EpisodeDraft.of(episode)));
        recordStatus(episode, EpisodeStatus.DRAFT);
        files.attach(uploads, episode);
        em.flush();
        revision.bump();
        return episode;
    }

    /**
     * A published episode from a feed's item, under the item's guid (never changed afterwards); published at the
     * feed's date, else now. Its slug is made from the title.
     */
    public Episode createFromFeed(Show show, String guid, EpisodeFromFeed item) {
        Episode episode = new Episode(show, guid);
        episode.setSlug(slugs(episode).choose(null, item.title()));
        applyFeed(item, episode);
        applyStatus(episode, EpisodeStatus.PUBLISHED, item.publishedAt());
        Validation.requireValid(validator, episode);
        em.persist(episode);
        flushOrConflict(episode);
        audit.record(AuditAction.CREATED, AuditSubject.EPISODE, episode.getId(),
                CuratedFields.set(FeedFields.of(episode)));
        recordStatus(episode, EpisodeStatus.DRAFT);
        revision.bump();
        return episode;
    }

    /**
     * The episode as its feed's item now gives it; its slug, status, summary, uploaded files and what the item
     * leaves out (no date, no duration, no chapters) stay as they are.
     *
     * @return the names of the fields that changed, empty when the item says what is stored
     */
    public List<String> updateFromFeed(Episode episode, EpisodeFromFeed item) {
        FeedFields before = FeedFields.of(episode);
        applyFeed(item, episode);
        if (item.publishedAt() != null) {
            episode.setPublishedAt(item.publishedAt());
        }
        Validation.requireValid(validator, episode);
        List<String> changed = CuratedFields.changedNames(before, FeedFields.of(episode));
        if (!changed.isEmpty()) {
            em.lock(episode, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.record(AuditAction.UPDATED, AuditSubject.EPISODE, episode.getId(), String.join(", ", changed));
            flushOrConflict(episode);
            revision.bump();
        }
        return changed;
    }

    private static void applyFeed(EpisodeFromFeed item, Episode episode) {
        episode.setTitle(item.title());
        episode.setSeason(item.season());
        episode.setNumber(item.number());
        episode.setEpisodeType(item.episodeType());
        if (!Objects.equals(episode.getDescription(), item.description())) {
            episode.setDescription(item.description());
        }
        if (item.audio() != null && !sameAudio(episode.getAudio(), item.audio())) {
            episode.setAudio(item.audio());
        }
        // Uploaded audio was measured; a feed's duration is only a claim.
        if (item.durationSeconds() != null && episode.getAudioFile() == null) {
            episode.setDurationSeconds(item.durationSeconds());
        }
        episode.setLink(item.link());
        episode.setImageUrl(item.imageUrl());
        if (!episode.getPeople().equals(item.people())) {
            episode.setPeople(item.people());
        }
        if (!item.chapters().isEmpty() && !EpisodeDraft.of(episode).chapters().equals(item.chapters())) {
            episode.replaceChapters(item.chapters().stream()
                    .map(mark -> new Chapter(mark.startMillis(), mark.title(), mark.url()))
                    .toList());
        }
    }

    private static boolean sameAudio(AudioEnclosure stored,
            AudioEnclosure given) {
        return stored != null && Objects.equals(stored.getUrl(), given.getUrl())
                && Objects.equals(stored.getMediaType(), given.getMediaType())
                && Objects.equals(stored.getLengthBytes(), given.getLengthBytes());
    }

    /** What a feed sets of an episode, by the names the history shows. */
    private record FeedFields(String title, Integer season, Integer number,
            EpisodeType episodeType, Instant publishedAt, String description,
            String audioUrl, Integer durationSeconds, String link, String imageUrl,
            List<Person> people, List<ChapterMark> chapters) {

        static FeedFields of(Episode episode) {
            return new FeedFields(episode.getTitle(), episode.getSeason(), episode.getNumber(),
                    episode.getEpisodeType(), episode.getPublishedAt(), episode.getDescription(),
                    episode.getAudio() == null ? null : episode.getAudio().getUrl(), episode.getDurationSeconds(),
                    episode.getLink(), episode.getImageUrl(), episode.getPeople(),
                    episode.getChapters().stream().map(Chapter::toMark).toList());
        }
    }

    /** @throws ConcurrentChangeException when the episode is no longer at {@code version} */
    public Episode update(long id, long version, EpisodeDraft draft, EpisodeUploads uploads) {
        return update(id, version, draft, uploads, Optional.empty());
    }

    /**
     * A save from a screen that showed the curator a suggestion: a summary or topics saved exactly as suggested keep
     * the suggestion's source, and the audit trail names what was taken.
     *
     * @throws ConcurrentChangeException when the episode is no longer at {@code version}
     */
    public Episode update(long id, long version, EpisodeDraft sent, EpisodeUploads uploads,
            Optional<EpisodeSuggestion> offered) {
        Episode episode = currentForChange(id, version);
        EpisodeDraft draft = sent.orStored(episode);
        String slug = slugs(episode).choose(draft.slug(), draft.title());
        EpisodeDraft before = EpisodeDraft.of(episode);
        EpisodeStatus statusBefore = episode.getStatus();
        apply(draft, slug, episode);
        List<String> taken = SummaryEdits.apply(draft, episode, before.chapters(), offered);
        Validation.requireValid(validator, episode);
        String changed = CuratedFields.changed(before, EpisodeDraft.of(episode));
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATED, AuditSubject.EPISODE, id, changed);
        }
        if (!taken.isEmpty()) {
            audit.record(AuditAction.SUGGESTION_TAKEN, AuditSubject.EPISODE, id, String.join(", ", taken));
        }
        recordStatus(episode, statusBefore);
        files.attach(uploads, episode);
        flushOrConflict(episode);
        revision.bump();
        return episode;
    }

    public void delete(long id, long version) {
        Episode episode = current(id, version);
        List<MediaFile> stored = new ArrayList<>();
        Optional.ofNullable(episode.getAudioFile()).ifPresent(stored::add);
        Optional.ofNullable(episode.getTranscript()).ifPresent(stored::add);
        audit.record(AuditAction.DELETED, AuditSubject.EPISODE, id, episode.getTitle());
        em.remove(episode);
        flushOrConflict(episode);
        revision.bump();
        files.delete(stored);
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
        flushOrConflict(episode);
        revision.bump();
        return episode;
    }

    private Episode current(long id, long version) {
        Episode episode = getEpisode(id);
        if (episode.getVersion() != version) {
            throw conflict(episode);
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

    /**
     * Someone may save between our checks (version, free slug) and the write; the database's version
     * check and unique constraint catch that.
     */
    private void flushOrConflict(Episode episode) {
        DatabaseErrors.flush(em, () -> conflict(episode), () -> slugs(episode).taken(episode.getSlug()));
    }

    private static ConcurrentChangeException conflict(Episode episode) {
        return new ConcurrentChangeException("admin.episode.error.conflict", episode.getId());
    }

    private void apply(EpisodeDraft draft, String slug, Episode episode) {
        episode.setTitle(draft.title());
        episode.setSlug(slug);
        episode.setSeason(draft.season());
        episode.setNumber(draft.number());
        episode.setEpisodeType(draft.episodeType());
        episode.setDescription(draft.description());
        episode.setAudio(EpisodeFiles.externalAudio(draft.audioUrl()));
        applyStatus(episode, draft.status(), draft.publishedAt());
        // Compared as stored: ordered by start, addresses without surrounding blanks.
        List<ChapterMark> chapters;
        try {
            chapters = ChapterTable.inOrder(draft.chapters().stream()
                    .map(mark -> new ChapterMark(mark.startMillis(), mark.title(), chapterUrl(mark.url())))
                    .toList());
        } catch (ChapterParseException twoAtOnce) {
            throw new InvalidFieldException("chapters", twoAtOnce.messageKey(), twoAtOnce.arguments());
        }
        if (!EpisodeDraft.of(episode).chapters().equals(chapters)) {
            episode.replaceChapters(chapters.stream()
                    .map(mark -> new Chapter(mark.startMillis(), mark.title(), mark.url()))
                    .toList());
        }
    }

    /** A chapter's optional web address; none for a blank one. */
    private static String chapterUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String address = url.strip();
        if (address.length() > Chapter.URL_MAX) {
            throw new InvalidFieldException("chapters", "admin.episode.error.chapterUrlTooLong", Chapter.URL_MAX);
        }
        if (WebAddresses.http(address).isEmpty()) {
            throw new InvalidFieldException("chapters", "admin.episode.error.chapterUrl", address);
        }
        return address;
    }

    /** A published episode without a time is published now; a scheduled one needs its time. */
    private void applyStatus(Episode episode, EpisodeStatus status, Instant publishedAt) {
        if (status == EpisodeStatus.SCHEDULED && publishedAt == null) {
            throw new InvalidFieldException("publishedAt", "admin.episode.error.scheduleWithoutTime");
        }
        boolean needsTime = EpisodeStatus.ALWAYS_VISIBLE.contains(status) && publishedAt == null;
        episode.setPublishedAt(needsTime ? clock.instant() : publishedAt);
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
        Instant at = episode.getPublishedAt();
        audit.record(action, AuditSubject.EPISODE, episode.getId(),
                at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Episode addresses are unique within their show. */
    private FreeSlugs slugs(Episode episode) {
        return new FreeSlugs(Episode.SLUG_MAX, "episode", "admin.episode.error.slugTaken",
                slug -> isTaken(episode, slug));
    }

    private boolean isTaken(Episode episode, String slug) {
        return em.createNamedQuery(Episode.FIND_BY_SHOW_AND_SLUG, Episode.class)
                .setParameter("show", episode.getShow())
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(other -> !other.equals(episode));
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
