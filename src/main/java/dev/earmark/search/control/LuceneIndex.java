package dev.earmark.search.control;

import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.search.control.Documents.CueDocument;
import dev.earmark.search.control.Documents.EpisodeDocument;
import dev.earmark.search.control.Documents.ShowDocument;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The search index beside H2: one document per show, per episode (title; title, notes, summary, topics and chapter
 * titles) and per transcript cue (its text; a hit shows it with the cues before and after it, found by their keys).
 * Episodes and cues carry the episode's status and publication time, so that what listeners may see is decided at
 * search time, by the clock: a scheduled episode appears when it falls due without anything being indexed. Shows and
 * episodes keep their version, by which {@link #versions} tells what the database changed since. Thread-safe:
 * Lucene's writer and searcher manager are.
 */
public final class LuceneIndex implements Closeable {

    /** The layout of the documents: an index of another layout is built again from the database. */
    static final String LAYOUT = "5";
    private static final String LAYOUT_KEY = "earmark.layout";
    private static final String DATABASE_KEY = "earmark.database";

    private static final String KIND = "kind";
    private static final String KEY = "key";
    private static final String CUE_OF = "cueOf";
    /** A cue's episode and position: "12:7". */
    private static final String CUE_KEY = "cueKey";
    private static final String POSITION = "position";
    private static final String ID = "id";
    private static final String START = "start";
    private static final String TIMED = "timed";
    /** Whether listeners see an episode: {@link #ALWAYS}, {@link #SCHEDULED} (once due), {@link #NEVER}. */
    private static final String VISIBILITY = "visibility";
    private static final String ALWAYS = "always";
    private static final String SCHEDULED = "scheduled";
    private static final String NEVER = "never";
    private static final String PUBLISHED = "published";
    private static final String TITLE = "title";
    private static final String ALL = "all";
    /** An episode's topics, also in {@link #ALL}: a match here ranks an episode above those that only mention it. */
    private static final String TOPICS = "topics";
    /** How much a match of the topics counts beside one of the other text (PostgreSQL weighs them A against B). */
    private static final float TOPICS_BOOST = 2.5f;
    private static final String TEXT = "text";
    private static final String SHOWN = "shown";
    private static final String SHOW_VERSION = "showVersion";
    private static final String EPISODE_VERSION = "episodeVersion";

    private static final String SHOW = "show";
    private static final String EPISODE = "episode";
    private static final String CUE = "cue";

    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final LuceneQueries queries = new LuceneQueries(analyzer);
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /**
     * Opens the index in the directory, or starts an empty one when there is none, it has another layout or was
     * made of another database (ids and versions of a new database would repeat those of the old).
     *
     * @param database what tells this database from any other, such as when its schema was made
     */
    public LuceneIndex(Directory directory, String database) {
        try {
            boolean current = DirectoryReader.indexExists(directory)
                    && Map.of(LAYOUT_KEY, LAYOUT, DATABASE_KEY, database).equals(madeFor(directory));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(current ? OpenMode.APPEND : OpenMode.CREATE)
                    .setRAMBufferSizeMB(128);
            writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, DATABASE_KEY, database).entrySet());
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + directory, e);
        }
    }

    private static Map<String, String> madeFor(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    /** The version of every indexed show, by id. */
    public Map<Long, Long> showVersions() {
        return versions(SHOW_VERSION);
    }

    /** The version of every indexed episode, by id. */
    public Map<Long, Long> episodeVersions() {
        return versions(EPISODE_VERSION);
    }

    private Map<Long, Long> versions(String field) {
        Map<Long, Long> versions = new HashMap<>();
        withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
                NumericDocValues stored = leaf.reader().getNumericDocValues(field);
                Bits live = leaf.reader().getLiveDocs();
                if (stored == null) {
                    continue;
                }
                for (int doc = stored.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = stored.nextDoc()) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                        versions.put(ids.longValue(), stored.longValue());
                    }
                }
            }
            return null;
        });
        return versions;
    }

    public void put(ShowDocument show) {
        Document document = new Document();
        document.add(new StoredField(KIND, SHOW));
        document.add(new StringField(KEY, SHOW + show.id(), Field.Store.NO));
        identify(document, show.id());
        document.add(new NumericDocValuesField(SHOW_VERSION, show.version()));
        document.add(new TextField(TITLE, show.title(), Field.Store.NO));
        document.add(new TextField(ALL, show.title(), Field.Store.NO));
        document.add(new TextField(ALL, nonNull(show.description()), Field.Store.NO));
        document.add(new StoredField(SHOWN, nonNull(show.description())));
        write(writer -> writer.updateDocument(new Term(KEY, SHOW + show.id()), document));
    }

    public void removeShow(long id) {
        write(writer -> writer.deleteDocuments(new Term(KEY, SHOW + id)));
    }

    /** Indexes the episode and its cues anew, replacing what the index had of it. */
    public void put(EpisodeDocument episode) {
        Document document = new Document();
        document.add(new StoredField(KIND, EPISODE));
        document.add(new StringField(KEY, EPISODE + episode.id(), Field.Store.NO));
        identify(document, episode.id());
        visibility(document, episode);
        document.add(new NumericDocValuesField(EPISODE_VERSION, episode.version()));
        document.add(new TextField(TITLE, episode.title(), Field.Store.NO));
        document.add(new TextField(ALL, episode.title(), Field.Store.NO));
        document.add(new TextField(ALL, episode.notes(), Field.Store.NO));
        document.add(new TextField(ALL, episode.summary(), Field.Store.NO));
        document.add(new TextField(ALL, episode.topics(), Field.Store.NO));
        document.add(new TextField(TOPICS, episode.topics(), Field.Store.NO));
        episode.chapterTitles().forEach(title -> document.add(new TextField(ALL, title, Field.Store.NO)));
        document.add(new StoredField(SHOWN, shownNotes(episode)));
        List<Document> cues = new ArrayList<>();
        List<CueDocument> cueList = episode.cues();
        for (int at = 0; at < cueList.size(); at++) {
            Document cue = new Document();
            cue.add(new StoredField(KIND, CUE));
            cue.add(new StringField(CUE_OF, String.valueOf(episode.id()), Field.Store.NO));
            identify(cue, episode.id());
            visibility(cue, episode);
            cue.add(new StoredField(START, cueList.get(at).startMillis()));
            cue.add(new StoredField(TIMED, episode.timed() ? 1 : 0));
            cue.add(new TextField(TEXT, cueList.get(at).text(), Field.Store.NO));
            cue.add(new StringField(CUE_KEY, episode.id() + ":" + at, Field.Store.NO));
            cue.add(new StoredField(POSITION, at));
            cue.add(new StoredField(SHOWN, cueList.get(at).text()));
            cues.add(cue);
        }
        write(writer -> {
            writer.deleteDocuments(new Term(CUE_OF, String.valueOf(episode.id())));
            writer.updateDocument(new Term(KEY, EPISODE + episode.id()), document);
            writer.addDocuments(cues);
        });
    }

    public void removeEpisode(long id) {
        write(writer -> {
            writer.deleteDocuments(new Term(CUE_OF, String.valueOf(id)));
            writer.deleteDocuments(new Term(KEY, EPISODE + id));
        });
    }

    /** Makes what was put and removed visible to searches, without writing it to disk for good (no fsync). */
    public void publish() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put and removed durable and visible to searches. */
    public void commit() {
        write(writer -> writer.commit());
        publish();
    }

    /**
     * One page of hits, ranked in tiers: shows and episodes whose title matches, then those whose other text does,
     * then transcript passages; within a tier by Lucene's relevance (BM25) among its first
     * {@link SearchEngine#CANDIDATES} matches.
     */
    public Page<Hit> search(SearchQuery query, Instant now, PageRequest request) {
        if (!query.isSearchable()) {
            return Page.of(List.of(), request, 0);
        }
        // Only shows and episodes have titles and other text, only cues have TEXT: the fields tell the kinds apart.
        Query titles = queries.on(TITLE, query);
        List<Query> tiers = List.of(
                visibleAt(now, titles),
                visibleAt(now, new BooleanQuery.Builder().add(queries.on(ALL, query), Occur.MUST)
                        .add(new BoostQuery(queries.on(TOPICS, query), TOPICS_BOOST), Occur.SHOULD)
                        .add(titles, Occur.MUST_NOT).build()),
                visibleAt(now, queries.on(TEXT, query)));
        QueryTerms terms = queries.terms(query);
        return withSearcher(searcher -> {
            List<Hit> hits = new ArrayList<>();
            long total = 0;
            long skip = request.firstResult();
            for (Query tier : tiers) {
                int wanted = request.size() - hits.size();
                FirstMatches matches = new FirstMatches(SearchEngine.CANDIDATES,
                        (int) Math.min(SearchEngine.CANDIDATES, skip + Math.max(wanted, 0)));
                searcher.search(tier, matches);
                int count = matches.count();
                total += count;
                List<ScoreDoc> best = matches.best();
                for (int at = (int) skip; wanted > 0 && at < best.size(); at++) {
                    hits.add(hit(searcher, best.get(at).doc, terms));
                }
                skip = Math.max(0, skip - count);
            }
            return Page.of(hits, request, total);
        });
    }

    private Hit hit(IndexSearcher searcher, int doc, QueryTerms terms) throws IOException {
        Document stored = searcher.storedFields().document(doc, Set.of(KIND, ID, START, TIMED, POSITION, SHOWN));
        Hit.Kind hitKind = switch (stored.get(KIND)) {
            case SHOW -> Hit.Kind.SHOW;
            case EPISODE -> Hit.Kind.EPISODE;
            default -> Hit.Kind.PASSAGE;
        };
        long start = stored.getField(START) == null ? 0 : stored.getField(START).numericValue().longValue();
        boolean timed = stored.getField(TIMED) != null && stored.getField(TIMED).numericValue().intValue() == 1;
        long id = stored.getField(ID).numericValue().longValue();
        String shown = hitKind == Hit.Kind.PASSAGE
                ? passage(searcher, id, stored.getField(POSITION).numericValue().intValue(), stored.get(SHOWN))
                : stored.get(SHOWN);
        return new Hit(hitKind, id, start, timed, Highlights.mark(shown, analyzer, terms));
    }

    /**
     * The query's matches that listeners may see: all but the few hidden ones, excluded by short lists (drafts, and
     * scheduled episodes not yet due), as a filter that every visible document had to match cost a conjunction with
     * almost the whole index. Shows have no visibility field and are always visible.
     */
    private static Query visibleAt(Instant now, Query query) {
        Query notYetDue = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(VISIBILITY, SCHEDULED)), Occur.FILTER)
                .add(LongPoint.newRangeQuery(PUBLISHED, now.toEpochMilli() + 1, Long.MAX_VALUE), Occur.FILTER)
                .build();
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(VISIBILITY, NEVER)), Occur.MUST_NOT)
                .add(notYetDue, Occur.MUST_NOT)
                .build();
    }

    private static void identify(Document document, long id) {
        document.add(new NumericDocValuesField(ID, id));
        document.add(new StoredField(ID, id));
    }

    private static void visibility(Document document, EpisodeDocument episode) {
        String visibility = switch (episode.status()) {
            case "PUBLISHED", "ARCHIVED" -> ALWAYS;
            case "SCHEDULED" -> SCHEDULED;
            default -> NEVER;
        };
        document.add(new StringField(VISIBILITY, visibility, Field.Store.NO));
        document.add(new LongPoint(PUBLISHED, episode.publishedAt() == null ? Long.MAX_VALUE
                : episode.publishedAt().toEpochMilli()));
    }

    /** What an episode hit shows: its summary, notes and chapter titles, those it has. */
    private static String shownNotes(EpisodeDocument episode) {
        return Stream.of(episode.summary(), episode.notes(), String.join(" · ", episode.chapterTitles()))
                .filter(text -> !text.isBlank()).collect(Collectors.joining(" "));
    }

    /**
     * The cue with the ones before and after it: a few sentences around what was found. Looked up when shown rather
     * than stored with every cue, which tripled what indexing compressed and wrote.
     */
    private static String passage(IndexSearcher searcher, long episode, int position, String cue) throws IOException {
        return (cueText(searcher, episode, position - 1) + " " + cue + " " + cueText(searcher, episode, position + 1))
                .strip();
    }

    private static String cueText(IndexSearcher searcher, long episode, int position) throws IOException {
        ScoreDoc[] found = searcher.search(new TermQuery(new Term(CUE_KEY, episode + ":" + position)), 1).scoreDocs;
        return found.length == 0 ? "" : searcher.storedFields().document(found[0].doc, Set.of(SHOWN)).get(SHOWN);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Commits what was not committed yet. */
    @Override
    public void close() {
        try {
            writer.commit();
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface WriterWork {
        void on(IndexWriter writer) throws IOException;
    }

    private interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    private void write(WriterWork work) {
        try {
            work.on(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search index", e);
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }
}
