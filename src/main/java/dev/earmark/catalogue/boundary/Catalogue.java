package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.control.CatalogueState;
import dev.earmark.catalogue.control.RevisionCache;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What listeners may see of shows and episodes. Every list is read with a fixed number of
 * queries whatever its length: counts come from grouped queries, never one query per row.
 */
@ApplicationScoped
@Transactional
public class Catalogue {

    private static final int AUDIO_IDS_PER_QUERY = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CatalogueRevision revision;

    /** Per show id; a large show's count reads its whole index range. */
    private final RevisionCache<Long, Long> visibleCounts = new RevisionCache<>(1_000);
    /** Per file id, also for ids that are not listenable: players ask once per byte range. */
    private final RevisionCache<Long, Optional<MediaFile>> listenableFiles = new RevisionCache<>(10_000);
    /** Per stored file id, the visible episode whose audio it is: asked once per audio request that is counted. */
    private final RevisionCache<Long, Optional<Long>> episodesByAudioFile = new RevisionCache<>(10_000);
    /** Per episode id, also for ids that are not visible: each listening report of a player asks. */
    private final RevisionCache<Long, Optional<VisibleEpisode>> visibleEpisodes = new RevisionCache<>(10_000);
    /** One entry: the statistics read every show's index range, the newest episodes with a subquery per show. */
    private final RevisionCache<Boolean, ShowStatistics> showStatistics = new RevisionCache<>(1);

    public List<ShowOverview> shows() {
        CatalogueState state = revision.current();
        Instant now = clock.instant();
        List<Show> shows = em.createNamedQuery(Show.FIND_ALL, Show.class).getResultList();
        ShowStatistics statistics = showStatistics.get(state, Boolean.TRUE, all -> new ShowStatistics(
                byShow(em.createNamedQuery(Episode.STATISTICS_BY_SHOW, Object[].class).setParameter("now", now)),
                byShow(em.createNamedQuery(Episode.FIND_LATEST_VISIBLE_IDS, Object[].class).setParameter("now", now))));
        Collection<Long> latestIds = statistics.latestEpisodeIds().values();
        Map<Long, Episode> latest = latestIds.isEmpty() ? Map.of()
                : em.createNamedQuery(Episode.FIND_VISIBLE_BY_IDS, Episode.class)
                        .setParameter("ids", latestIds)
                        .setParameter("now", now)
                        .getResultStream()
                        .collect(Collectors.toMap(episode -> episode.getShow().getId(), Function.identity()));
        return shows.stream()
                .map(show -> new ShowOverview(show, statistics.episodeCounts().getOrDefault(show.getId(), 0L),
                        Optional.ofNullable(latest.get(show.getId()))))
                .toList();
    }

    public Optional<Show> findShow(String slug) {
        return em.createNamedQuery(Show.FIND_BY_SLUG, Show.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Show getShow(String slug) {
        return findShow(slug).orElseThrow(() -> new ShowNotFoundException(slug));
    }

    public ShowOverview getShowOverview(String slug) {
        Show show = getShow(slug);
        Page<Episode> newest = episodes(show, new PageRequest(1, 1));
        return new ShowOverview(show, newest.totalItems(), newest.items().stream().findFirst());
    }

    /**
     * A show's visible episodes, newest first: two queries per page, and the count once per state of the
     * catalogue. The count and the page's ids come from an index alone, and only the page's rows are read, as a
     * row carries kilobytes of notes.
     */
    public Page<Episode> episodes(Show show, PageRequest request) {
        CatalogueState state = revision.current();
        Instant now = clock.instant();
        long total = visibleCounts.get(state, show.getId(),
                showId -> em.createNamedQuery(Episode.COUNT_VISIBLE_BY_SHOW, Long.class)
                        .setParameter("show", show)
                        .setParameter("now", now)
                        .getSingleResult());
        List<Long> ids = em.createNamedQuery(Episode.FIND_VISIBLE_IDS_BY_SHOW, Long.class)
                .setParameter("show", show)
                .setParameter("now", now)
                .setFirstResult(request.firstResult())
                .setMaxResults(request.size())
                .getResultList();
        List<Episode> episodes = ids.isEmpty() ? List.of()
                : em.createNamedQuery(Episode.FIND_VISIBLE_BY_IDS, Episode.class)
                        .setParameter("ids", ids)
                        .setParameter("now", now)
                        .getResultList();
        return Page.of(episodes, request, total);
    }

    public Optional<Episode> findEpisode(long id) {
        return withChapters(em.createNamedQuery(Episode.FIND_VISIBLE_BY_ID, Episode.class)
                .setParameter("id", id)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst());
    }

    public Episode getEpisode(long id) {
        return findEpisode(id).orElseThrow(() -> new EpisodeNotFoundException(id));
    }

    public Optional<Episode> findEpisode(String showSlug, String episodeSlug) {
        return withChapters(em.createNamedQuery(Episode.FIND_VISIBLE_BY_SLUGS, Episode.class)
                .setParameter("showSlug", showSlug)
                .setParameter("slug", episodeSlug)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst());
    }

    /**
     * All of a show's visible episodes, newest first, with their audio and transcript files (not their chapters:
     * see {@link #chaptersOfAll}): one query, however many there are.
     */
    public List<Episode> allEpisodes(Show show) {
        return em.createNamedQuery(Episode.FIND_ALL_VISIBLE_BY_SHOW, Episode.class)
                .setParameter("show", show)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** The chapters of all of a show's visible episodes by episode id, in one query (not one per episode). */
    public Map<Long, List<Chapter>> chaptersOfAll(Show show) {
        return grouped(em.createNamedQuery(Episode.FIND_CHAPTERS_OF_VISIBLE_BY_SHOW, Object[].class)
                .setParameter("show", show), Chapter.class);
    }

    /**
     * The people of all of a show's visible episodes by episode id, in one query, outside any transaction: read in
     * one, EclipseLink 4.0.8 registers the selected {@code Person}s as objects of their own in the persistence
     * context and fails the next flush on them (EclipseLink-69, as with Highlights' batch reads). Outside, they come
     * detached, read in a persistence context of their own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<Long, List<Person>> peopleOfAll(Show show) {
        return grouped(em.createNamedQuery(Episode.FIND_PEOPLE_OF_VISIBLE_BY_SHOW, Object[].class)
                .setParameter("show", show), Person.class);
    }

    private <T> Map<Long, List<T>> grouped(TypedQuery<Object[]> query, Class<T> type) {
        return query.setParameter("now", clock.instant()).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> type.cast(row[1]),
                        Collectors.toList())));
    }

    /**
     * A stored file that anyone who may browse the catalogue may fetch (artwork, or audio and transcripts of
     * visible episodes); empty for unknown ids and for files of drafts or episodes not yet due. One query per file
     * and state of the catalogue, and no transaction for the rest: a player asks once per byte range.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaFile> findListenableFile(long id) {
        return listenableFiles.get(revision.current(), id,
                fileId -> em.createNamedQuery(Episode.FIND_LISTENABLE_FILE, MediaFile.class)
                        .setParameter("id", fileId)
                        .setParameter("now", clock.instant())
                        .getResultStream()
                        .findFirst());
    }

    /**
     * The visible episode whose audio is the stored file, for counting its downloads: one query per file and state of
     * the catalogue, none for the rest, as a podcast app asks once per byte range.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> findEpisodeIdByAudioFile(long fileId) {
        return episodesByAudioFile.get(revision.current(), fileId,
                id -> em.createNamedQuery(Episode.FIND_VISIBLE_IDS_BY_AUDIO_FILE, Long.class)
                        .setParameter("fileId", id)
                        .setParameter("now", clock.instant())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst());
    }

    /**
     * Show, duration and audio file length of the episodes, whatever their status (statistics of an episode stay right
     * when it is unpublished later), in one query; ids of episodes that are gone are missing from the answer.
     */
    public Map<Long, EpisodeAudio> audioOf(Collection<Long> episodeIds) {
        List<Long> ids = List.copyOf(episodeIds);
        Map<Long, EpisodeAudio> audio = new HashMap<>();
        // In slices, as PostgreSQL binds at most 32,767 parameters to one statement.
        for (int from = 0; from < ids.size(); from += AUDIO_IDS_PER_QUERY) {
            em.createNamedQuery(Episode.FIND_AUDIO_BY_IDS, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + AUDIO_IDS_PER_QUERY)))
                    .getResultStream()
                    .map(row -> new EpisodeAudio((Long) row[0], (Long) row[1],
                            row[2] == null ? OptionalInt.empty() : OptionalInt.of((Integer) row[2]),
                            row[3] == null ? OptionalLong.empty() : OptionalLong.of((Long) row[3])))
                    .forEach(found -> audio.put(found.episodeId(), found));
        }
        return audio;
    }

    /**
     * An episode listeners may see, with its duration (which bounds what a player can report of it); empty for unknown
     * ids, drafts and episodes not yet due. Kept per state of the catalogue like {@link #findListenableFile}: a hit asks
     * the database nothing and starts no transaction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VisibleEpisode> findVisibleEpisode(long id) {
        return visibleEpisodes.get(revision.current(), id,
                episodeId -> em.createNamedQuery(Episode.FIND_VISIBLE_DURATION, Object[].class)
                        .setParameter("id", episodeId)
                        .setParameter("now", clock.instant())
                        .getResultStream()
                        .findFirst()
                        .map(row -> new VisibleEpisode((Long) row[0], (Integer) row[1])));
    }

    /** Counts snips the snips feature saved (or removed) of an episode, in the caller's transaction. */
    public void countSnips(long episodeId, long added) {
        em.createNamedQuery(Episode.ADD_SNIPS)
                .setParameter("added", added)
                .setParameter("id", episodeId)
                .executeUpdate();
        revision.bump();
    }

    /** Rows (show id, a number, …) as a map from show id to that number. */
    private static Map<Long, Long> byShow(TypedQuery<Object[]> query) {
        return query.getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** What the list of shows needs beside the shows: each one's count of visible episodes and newest one's id. */
    private record ShowStatistics(Map<Long, Long> episodeCounts, Map<Long, Long> latestEpisodeIds) {
    }

    /** Reads the chapters while the persistence context is open, so callers get a complete episode. */
    private static Optional<Episode> withChapters(Optional<Episode> episode) {
        episode.ifPresent(found -> found.getChapters().size());
        return episode;
    }
}
