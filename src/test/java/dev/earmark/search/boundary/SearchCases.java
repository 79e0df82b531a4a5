package dev.earmark.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.platform.boundary.DatabaseMigration;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.search.control.Hit;
import dev.earmark.search.control.SearchEngine;
import dev.earmark.search.control.SearchQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same search cases on each database (H2 with Earmark's Lucene index, PostgreSQL with its own full text): the
 * subclasses give the database and the engine. The migrations make the schema, the entities fill it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchCases {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private EntityManagerFactory factory;
    EntityManager em;
    private final Map<String, Long> ids = new HashMap<>();
    private long resummarised;

    /** The engine under test, on {@link #em}. */
    abstract SearchEngine engine();

    void prepare(String url, String user, String driver, String product) {
        Flyway.configure().dataSource(url, user, "").locations(DatabaseMigration.locations(product)).load().migrate();
        factory = Persistence.createEntityManagerFactory("earmark", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", driver,
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.validation.mode", "NONE",
                "eclipselink.target-server", "None"));
        em = factory.createEntityManager();
        em.getTransaction().begin();
        Show show = new Show();
        show.setSlug("ledger-stories");
        show.setTitle("Ledger Stories");
        show.setDescription("Conversations about append-only logs.");
        em.persist(show);
        episode(show, "titled", "Key transparency explained", EpisodeStatus.PUBLISHED, "<p>Nothing in common.</p>");
        episode(show, "noted", "Second conversation", EpisodeStatus.PUBLISHED,
                "<p>We talk about <b>key transparency</b> &amp; friends.</p>");
        Episode spoken = episode(show, "spoken", "Third conversation", EpisodeStatus.PUBLISHED, null);
        Episode chapters = episode(show, "chapters", "Fourth conversation", EpisodeStatus.ARCHIVED, null);
        chapters.replaceChapters(List.of(new Chapter(0, "Intro", null), new Chapter(60_000, "Merkle trees", null)));
        // First, so that it comes first where relevance alone cannot tell them apart.
        episode(show, "mentions", "Harvest notes", EpisodeStatus.PUBLISHED, "<p>We visited vineyards.</p>");
        summarise(episode(show, "summarised", "Gossip protocols", EpisodeStatus.PUBLISHED, null),
                "How epidemic broadcast spreads <b>rumours</b> between peers.", List.of("Epidemic broadcast", "Vineyards"));
        resummarised = summarise(episode(show, "resummarised", "Fruit trees", EpisodeStatus.PUBLISHED, null),
                "All about apricots.", List.of()).getId();
        Episode draft = episode(show, "draft", "Key transparency draft", EpisodeStatus.DRAFT, "Unpublished secrets");
        episode(show, "future", "Key transparency tomorrow", EpisodeStatus.SCHEDULED, "Scheduled secrets")
                .setPublishedAt(NOW.plus(Duration.ofDays(1)));
        em.flush();
        transcript(episode(show, "plain", "Fifth conversation", EpisodeStatus.PUBLISHED, null), false,
                List.of("Plain words in shorthand, without times."), 0);
        transcript(spoken, true, List.of("Welcome to the third conversation.",
                "Today we look at key transparency for messaging.",
                "Verifiable logs of public keys & 5 < 6 in them.",
                "Thanks for listening."), 0, 12_500, 20_000, 30_000);
        transcript(draft, true, List.of("A secret about key transparency and unpublished things."), 0);
        em.getTransaction().commit();
        em.clear();
    }

    private Episode episode(Show show, String slug, String title, EpisodeStatus status, String notes) {
        Episode episode = new Episode(show, "guid-" + slug);
        episode.setSlug(slug);
        episode.setTitle(title);
        episode.setStatus(status);
        episode.setPublishedAt(NOW.minus(Duration.ofDays(ids.size() + 1)));
        episode.setDescription(notes);
        em.persist(episode);
        ids.put(slug, null);
        return episode;
    }

    /** Stored as the summaries feature stores them: on the episode, which saves it with a new version. */
    private static Episode summarise(Episode episode, String summary, List<String> topics) {
        episode.setSummary(episode.getSummary().withText(summary, TextSource.EXTRACT, null)
                .withTopics(topics, TextSource.EXTRACT, null));
        return episode;
    }

    private void transcript(Episode episode, boolean timed, List<String> texts, long... starts) {
        long transcript = 1_000_000 + episode.getId();
        em.createNativeQuery("INSERT INTO transcript (id, version, episode_id, format, timed, origin, created_at) "
                + "VALUES (?1, 1, ?2, ?3, ?4, 'UPLOADED', CURRENT_TIMESTAMP)")
                .setParameter(1, transcript).setParameter(2, episode.getId())
                .setParameter(3, timed ? "WEBVTT" : "PLAIN_TEXT").setParameter(4, timed).executeUpdate();
        for (int at = 0; at < texts.size(); at++) {
            em.createNativeQuery("INSERT INTO transcript_cue (transcript_id, position, start_ms, end_ms, speaker, text) "
                    + "VALUES (?1, ?2, ?3, ?4, 'Pascal', ?5)")
                    .setParameter(1, transcript).setParameter(2, at).setParameter(3, starts[at])
                    .setParameter(4, timed ? starts[at] + 1_000 : 0).setParameter(5, texts.get(at)).executeUpdate();
        }
    }

    @AfterAll
    void close() {
        em.close();
        factory.close();
    }

    private Page<Hit> search(String typed) {
        return search(typed, NOW, new PageRequest(1, 20));
    }

    private Page<Hit> search(String typed, Instant now, PageRequest page) {
        return engine().search(SearchQuery.parse(typed), now, page);
    }

    /** The hits as "KIND slug" (shows by their slug too), with a passage's start in milliseconds. */
    private List<String> found(Page<Hit> hits) {
        return hits.items().stream().map(hit -> hit.kind() + " " + slugOf(hit)
                + (hit.kind() == Hit.Kind.PASSAGE ? " @" + hit.startMillis() : "")).toList();
    }

    private String slugOf(Hit hit) {
        return hit.kind() == Hit.Kind.SHOW ? em.find(Show.class, hit.id()).getSlug()
                : em.find(Episode.class, hit.id()).getSlug();
    }

    @Test
    void aTitleRanksAboveNotesAboveATranscript() {
        assertEquals(List.of("EPISODE titled", "EPISODE noted", "PASSAGE spoken @12500"),
                found(search("key transparency ")));
    }

    @Test
    void draftsAndEpisodesNotYetDueAreNeverFound() {
        assertEquals(List.of(), found(search("secrets ")));
        assertEquals(List.of(), found(search("unpublished ")));
        assertEquals(List.of(), found(search("draft ")));
        assertEquals(List.of("EPISODE future"), found(search("tomorrow ", NOW.plus(Duration.ofDays(2)),
                new PageRequest(1, 20))), "a scheduled episode once due, with nothing indexed again");
    }

    @Test
    void aPhraseMustOccurInItsOrder() {
        assertEquals(List.of("PASSAGE spoken @20000"), found(search("\"public keys\"")));
        assertEquals(List.of(), found(search("\"keys public\"")));
    }

    @Test
    void anExcludedWordLeavesOutWhatHasIt() {
        assertEquals(List.of("EPISODE titled", "EPISODE noted"), found(search("key transparency -messaging")));
        assertEquals(List.of(), found(search("-transparency")), "exclusions alone find nothing");
    }

    @Test
    void theLastWordMayBeUnfinished() {
        assertEquals(List.of("EPISODE titled", "EPISODE noted", "PASSAGE spoken @12500"), found(search("key transp")));
        assertEquals(List.of("PASSAGE spoken @12500"), found(search("messag")));
        assertEquals(List.of(), found(search("key transp ")), "finished, it is a word of its own");
    }

    @Test
    void aPassageOfAnUntimedTranscriptHasNoSecondToPlayFrom() {
        Page<Hit> hits = search("shorthand");
        assertEquals(List.of("PASSAGE plain @0"), found(hits));
        assertEquals(false, hits.items().get(0).seekable());
        assertEquals(true, search("messaging").items().get(0).seekable());
    }

    @Test
    void chaptersAndShowsAreFound() {
        assertEquals(List.of("EPISODE chapters"), found(search("merkle")));
        assertEquals(List.of("SHOW ledger-stories"), found(search("ledger")));
        assertEquals(List.of("SHOW ledger-stories"), found(search("append-only")));
    }

    @Test
    void aPassageMarksTheWordsAmongItsNeighboursAndEscapesTheRest() {
        Hit passage = search("messaging ").items().get(0);
        assertEquals(12_500, passage.startMillis());
        assertTrue(passage.html().contains("<mark>messaging</mark>"), passage.html());
        assertTrue(passage.html().contains("Welcome"), "the cue before: " + passage.html());
        assertTrue(passage.html().contains("&amp; 5 &lt; 6"), "the cue after, escaped: " + passage.html());
        Hit notes = search("key transparency").items().get(1);
        assertTrue(notes.html().contains("<mark>key</mark> <mark>transparency</mark>"), notes.html());
        assertTrue(!notes.html().contains("<b>"), "the notes' markup is gone: " + notes.html());
    }

    @Test
    void anEpisodesTopicRanksItAboveEpisodesThatMentionIt() {
        assertEquals(List.of("EPISODE summarised", "EPISODE mentions"), found(search("vineyards ")));
        assertEquals(List.of("EPISODE summarised", "EPISODE mentions"), found(search("vineyar")), "a beginning too");
        assertEquals(List.of("EPISODE summarised"), found(search("\"epidemic broadcast\"")), "a topic as its link searches it");
    }

    @Test
    void aSummaryIsFoundAndShownMarkedAndEscaped() {
        Page<Hit> hits = search("rumours");
        assertEquals(List.of("EPISODE summarised"), found(hits));
        String html = hits.items().get(0).html();
        assertTrue(html.contains("<mark>rumours</mark>"), html);
        assertTrue(!html.contains("<b>"), "the summary is text, its markup never reaches the page: " + html);
    }

    @Test
    void aChangedSummaryIsFoundByItsNewWordsOnly() {
        assertEquals(List.of("EPISODE resummarised"), found(search("apricots")));

        em.getTransaction().begin();
        Episode episode = em.find(Episode.class, resummarised);
        episode.setSummary(episode.getSummary().withText("All about quinces.", TextSource.CURATOR, null)
                .withTopics(List.of("Orchards"), TextSource.CURATOR, null));
        em.getTransaction().commit();
        em.clear();

        assertEquals(List.of(), found(search("apricots")));
        assertEquals(List.of("EPISODE resummarised"), found(search("quinces")));
        assertEquals(List.of("EPISODE resummarised"), found(search("orchards")));
    }

    @Test
    void pagesFollowEachOther() {
        List<Page<Hit>> pages = List.of(1, 2, 3, 4).stream()
                .map(page -> search("conversation", NOW, new PageRequest(page, 2))).toList();
        pages.forEach(page -> assertEquals(6, page.totalItems(), found(page).toString()));
        assertEquals(List.of(2, 2, 2, 0), pages.stream().map(page -> page.items().size()).toList());
        List<String> all = pages.stream().flatMap(page -> found(page).stream()).toList();
        assertEquals(Set.of("EPISODE noted", "EPISODE spoken", "EPISODE chapters", "EPISODE plain"),
                Set.copyOf(all.subList(0, 4)), "the titles first: " + all);
        assertEquals(List.of("SHOW ledger-stories", "PASSAGE spoken @0"), all.subList(4, 6), "then the description, "
                + "then the transcript");
    }
}
