package dev.earmark.search.boundary;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.control.CatalogueState;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.Settings;
import dev.earmark.search.control.Documents.CueDocument;
import dev.earmark.search.control.Documents.EpisodeDocument;
import dev.earmark.search.control.Documents.ShowDocument;
import dev.earmark.search.control.Hit;
import dev.earmark.search.control.LuceneIndex;
import dev.earmark.search.control.PlainText;
import dev.earmark.search.control.SearchEngine;
import dev.earmark.search.control.SearchQuery;
import jakarta.annotation.PreDestroy;
import dev.earmark.transcripts.boundary.TranscriptChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.lucene.store.FSDirectory;

/**
 * Search on H2: a Lucene index that this server keeps in its own folder ({@link Settings#searchIndexDirectory()}),
 * made from the database. It follows the database by the catalogue's revision: every save that listeners could see
 * bumps it (on any node, seen here within {@link CatalogueRevision#REFRESH}), and a search that finds the revision
 * changed since the index last caught up first compares every show's and episode's version with the index's and
 * indexes what differs (a transcript's change bumps its episode's version, as it sets the episode's file; so does a
 * summary's, stored with the episode). Catching up with nothing changed reads two lists of ids and versions; at
 * start-up ({@link SearchIndexing}) the same comparison builds a missing or outdated index. Each server keeps its own index, so a second server sharing the
 * database stays current the same way, without any message between them.
 */
// Typed: the engine in use is SearchEngines' to choose; as a SearchEngine each would be ambiguous.
@ApplicationScoped
@Typed(LuceneSearch.class)
public class LuceneSearch implements SearchEngine {

    private static final Logger LOG = Logger.getLogger(LuceneSearch.class.getName());
    /** Episodes read and indexed at a time: three queries each, whatever the size. */
    static final int BATCH = 200;

    private static final String SHOW_VERSIONS = "SELECT id, version FROM podcast_show";
    private static final String EPISODE_VERSIONS = "SELECT id, version FROM episode";
    private static final String SHOWS = "SELECT id, version, title, description FROM podcast_show WHERE id IN (%s)";
    private static final String EPISODES = "SELECT id, version, status, published_at, title, description, summary, "
            + "topics FROM episode WHERE id IN (%s)";
    private static final String CHAPTERS = "SELECT episode_id, title FROM chapter WHERE episode_id IN (%s) "
            + "ORDER BY episode_id, start_ms";
    private static final String TIMED = "SELECT episode_id, timed FROM transcript WHERE episode_id IN (%s)";
    private static final String CUES = "SELECT t.episode_id, c.start_ms, c.text FROM transcript_cue c "
            + "JOIN transcript t ON t.id = c.transcript_id WHERE t.episode_id IN (%s) ORDER BY t.episode_id, c.position";
    /** When the schema was made: tells this database from one made afresh, whose ids and versions repeat. */
    private static final String DATABASE = "SELECT \"installed_on\" FROM \"flyway_schema_history\" "
            + "WHERE \"installed_rank\" = 1";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueRevision revision;

    @Inject
    Settings settings;

    private LuceneIndex index;
    private volatile CatalogueState indexedState;
    /** Episodes whose transcript this server changed: indexed again at the next catch-up, whatever their version. */
    private final Set<Long> staleTranscripts = ConcurrentHashMap.newKeySet();

    /**
     * A transcript stored or removed here. Its episode's version changes with it (the episode names the file), so
     * the comparison would find it anyway; this makes sure, and is the only way this server learns of it at once.
     */
    void transcriptChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptChanged change) {
        staleTranscripts.add(change.episodeId());
        indexedState = null;
    }

    @Override
    public Page<Hit> search(SearchQuery query, Instant now, PageRequest request) {
        catchUp();
        return index.search(query, now, request);
    }

    /** Brings the index up to the catalogue's current state, if it is not there yet. */
    public void catchUp() {
        CatalogueState state = revision.current();
        if (state.equals(indexedState)) {
            return;
        }
        synchronized (this) {
            if (!state.equals(indexedState)) {
                // The state is read before the database: a save committing meanwhile changes it, and the next search
                // catches up again.
                synchronise();
                indexedState = state;
            }
        }
    }

    /** Indexes every show and episode whose version the index does not have, and removes what the database has not. */
    synchronized void synchronise() {
        long started = System.nanoTime();
        LuceneIndex current = open();
        Map<Long, Long> shows = versions(SHOW_VERSIONS);
        Map<Long, Long> episodes = versions(EPISODE_VERSIONS);
        Set<Long> changedShows = changed(shows, current.showVersions(), current::removeShow);
        Set<Long> changedEpisodes = changed(episodes, current.episodeVersions(), current::removeEpisode);
        Set<Long> stale = Set.copyOf(staleTranscripts);
        staleTranscripts.removeAll(stale);
        stale.stream().filter(episodes::containsKey).forEach(changedEpisodes::add);
        inBatches(changedShows, ids -> rows(SHOWS, ids).forEach(row -> current.put(new ShowDocument(
                number(row[0]), number(row[1]), (String) row[2], (String) row[3]))));
        inBatches(changedEpisodes, ids -> episodes(ids).forEach(current::put));
        // A few changes are only published: syncing them to disk took seconds on a busy machine, and what a crash
        // loses, the next start finds by the versions. A large catch-up (a build) is committed.
        if (changedShows.size() + changedEpisodes.size() >= BATCH) {
            current.commit();
        } else {
            current.publish();
        }
        if (!changedShows.isEmpty() || !changedEpisodes.isEmpty()) {
            LOG.info(() -> "Search index: " + changedShows.size() + " shows and " + changedEpisodes.size()
                    + " episodes indexed in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    private synchronized LuceneIndex open() {
        if (index == null) {
            Path folder = settings.searchIndexDirectory();
            try {
                Files.createDirectories(folder);
                index = new LuceneIndex(FSDirectory.open(folder), String.valueOf(em.createNativeQuery(DATABASE)
                        .getResultStream().findFirst().orElse("")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the search index in " + folder, e);
            }
        }
        return index;
    }

    /** The ids whose version differs from the index's; those the database no longer has are removed. */
    private static Set<Long> changed(Map<Long, Long> stored, Map<Long, Long> indexed, LongConsumer remove) {
        indexed.keySet().stream().filter(id -> !stored.containsKey(id)).forEach(remove::accept);
        return stored.entrySet().stream().filter(entry -> !Objects.equals(entry.getValue(), indexed.get(entry.getKey())))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
    }

    private List<EpisodeDocument> episodes(String ids) {
        Map<Long, List<String>> chapters = new HashMap<>();
        rows(CHAPTERS, ids).forEach(row -> chapters.computeIfAbsent(number(row[0]), id -> new ArrayList<>())
                .add((String) row[1]));
        Map<Long, List<CueDocument>> cues = new HashMap<>();
        rows(CUES, ids).forEach(row -> cues.computeIfAbsent(number(row[0]), id -> new ArrayList<>())
                .add(new CueDocument(number(row[1]), (String) row[2])));
        Set<Long> timed = rows(TIMED, ids).stream().filter(row -> Boolean.TRUE.equals(row[1]))
                .map(row -> number(row[0])).collect(Collectors.toSet());
        return rows(EPISODES, ids).stream().map(row -> {
            long id = number(row[0]);
            return new EpisodeDocument(id, number(row[1]), (String) row[2], instant(row[3]), (String) row[4],
                    PlainText.ofHtml((String) row[5]), (String) row[6], (String) row[7],
                    chapters.getOrDefault(id, List.of()), cues.getOrDefault(id, List.of()), timed.contains(id));
        }).toList();
    }

    private Map<Long, Long> versions(String sql) {
        Map<Long, Long> versions = new HashMap<>();
        rows(sql, "").forEach(row -> versions.put(number(row[0]), number(row[1])));
        return versions;
    }

    /** Ids are numbers the database gave, never input: they go into the statement as they are. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String ids) {
        return em.createNativeQuery(sql.formatted(ids)).getResultList();
    }

    private static void inBatches(Set<Long> ids, Consumer<String> work) {
        List<Long> sorted = ids.stream().sorted().toList();
        for (int from = 0; from < sorted.size(); from += BATCH) {
            work.accept(sorted.subList(from, Math.min(sorted.size(), from + BATCH)).stream()
                    .map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
