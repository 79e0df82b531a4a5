package dev.earmark.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Search in the server, over HTTP, on the embedded default (H2, so Earmark's Lucene index): what a save makes
 * findable at once, what listeners may not see, passages at their second, the page. Every test searches words of
 * its own, so the demo content and other tests' data never match.
 */
class SearchIT extends ServerTest {

    private static final Instant DAY_ONE = Instant.parse("2024-01-01T10:00:00Z");
    private static final Random RANDOM = new Random();

    /** A made-up word of letters no English stemmer changes: "zq" and eight letters from a small alphabet. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append("bdfgkmpt".charAt(RANDOM.nextInt(8)));
        }
        return word.toString();
    }

    private List<JsonObject> search(String q) {
        return search(q, "").getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject search(String q, String more) {
        WebClient.Reply reply = WebClient.anonymous(base).get("api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    private static List<String> titles(List<JsonObject> items) {
        return items.stream().map(item -> item.getString("kind") + " " + item.getString("title")).toList();
    }

    @Test
    void aSaveIsFoundAtOnceRankedTitleNotesTranscript() {
        String word = word();
        Show show = fixtures.show("Show " + word);
        Episode inNotes = fixtures.episode(show, "Noted", EpisodeStatus.PUBLISHED, DAY_ONE);
        inNotes.setDescription("<p>About <em>" + word + "</em>.</p>");
        fixtures.save(inNotes);
        Episode spoken = fixtures.episode(show, "Spoken", EpisodeStatus.PUBLISHED, DAY_ONE.plus(Duration.ofDays(1)));
        fixtures.transcript(spoken, "talk.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ada>Hello there.\n\n"
                + "00:00:12.500 --> 00:00:15.000\n<v Ada>We say " + word + " &amp; mean it.\n");
        fixtures.episode(show, "Titled " + word, EpisodeStatus.PUBLISHED, DAY_ONE.plus(Duration.ofDays(2)));

        List<JsonObject> items = search(word + " ");

        List<String> found = titles(items);
        assertEquals(4, found.size(), found.toString());
        assertEquals(Set.of("show Show " + word, "episode Titled " + word), Set.copyOf(found.subList(0, 2)), "titles first");
        assertEquals(List.of("episode Noted", "passage Spoken"), found.subList(2, 4), "then notes, then transcripts");
        JsonObject passage = items.get(3);
        assertEquals(12.5, passage.getJsonNumber("startSeconds").doubleValue());
        assertTrue(passage.getString("url").endsWith("/shows/" + show.getSlug() + "/episodes/spoken#t=12.5"),
                passage.getString("url"));
        assertTrue(passage.getString("html").contains("Hello there. We say <mark>" + word + "</mark> &amp; mean it."),
                passage.getString("html"));
        assertTrue(items.get(2).getString("html").contains("<mark>" + word + "</mark>"), items.get(2).getString("html"));
        assertEquals("Show " + word, passage.getString("showTitle"));
    }

    @Test
    void draftsAndScheduledEpisodesAreFoundOnlyOnceListenersMaySeeThem() {
        String word = word();
        Show show = fixtures.show("Hidden things");
        Episode draft = fixtures.episode(show, "Draft " + word, EpisodeStatus.DRAFT, DAY_ONE);
        fixtures.episode(show, "Later " + word, EpisodeStatus.SCHEDULED, now().plus(Duration.ofHours(2)));

        assertEquals(List.of(), search(word));

        draft.setStatus(EpisodeStatus.PUBLISHED);
        fixtures.save(draft);
        assertEquals(List.of("episode Draft " + word), titles(search(word)));

        advanceClock(Duration.ofHours(3));
        assertEquals(List.of("episode Draft " + word, "episode Later " + word), titles(search(word)).stream().sorted().toList(),
                "due by the clock, with no save");
    }

    @Test
    void aChangedTitleIsFoundByItsNewWordsOnly() {
        String before = word();
        String after = word();
        Episode episode = fixtures.episode(fixtures.show("Renamed"), "Before " + before, EpisodeStatus.PUBLISHED, DAY_ONE);
        assertEquals(1, search(before).size());

        episode.setTitle("After " + after);
        episode.setDescription("<p>Renamed.</p>");
        fixtures.save(episode);

        assertEquals(List.of(), search(before));
        assertEquals(List.of("episode After " + after), titles(search(after)));
    }

    @Test
    void aStoredSummaryAndItsTopicsAreFoundAtOnceAndAgainWhenChanged() {
        String before = word();
        String topic = word();
        String after = word();
        Episode episode = fixtures.episode(fixtures.show("Summarised"), "Summarised", EpisodeStatus.PUBLISHED, DAY_ONE);
        assertEquals(List.of(), search(before));

        fixtures.summarise(episode, "All about <b>" + before + "</b>.", List.of("Topic " + topic));

        List<JsonObject> found = search(before);
        assertEquals(List.of("episode Summarised"), titles(found));
        assertTrue(found.get(0).getString("html").contains("&lt;b&gt;<mark>" + before + "</mark>&lt;/b&gt;"),
                found.get(0).getString("html"));
        assertEquals(List.of("episode Summarised"), titles(search("\"topic " + topic + "\"")));

        fixtures.summarise(episode, "All about " + after + ".", List.of());

        assertEquals(List.of(), search(before));
        assertEquals(List.of(), search(topic));
        assertEquals(List.of("episode Summarised"), titles(search(after)));
    }

    @Test
    void pagesTheHits() {
        String word = word();
        Show show = fixtures.show("Many");
        for (int i = 0; i < 5; i++) {
            fixtures.episode(show, "Part " + i + " " + word, EpisodeStatus.PUBLISHED, DAY_ONE.plus(Duration.ofDays(i)));
        }
        JsonObject second = search(word, "&page=2&size=2");
        assertEquals(5, second.getInt("totalItems"));
        assertEquals(3, second.getInt("totalPages"));
        assertEquals(2, second.getJsonArray("items").size());
        assertEquals(1, search(word, "&page=3&size=2").getJsonArray("items").size());
        assertEquals(400, WebClient.anonymous(base).get("api/search?q=" + word + "&page=zero").status());
    }

    @Test
    void theDemoSaysKeyTransparencyAtItsSecond() {
        // Other tests' episodes carry the demo's transcript too (transcription and summary tests): the demo's own.
        List<JsonObject> passages = search("\"key transparency\"", "&size=" + PageRequest.MAX_SIZE)
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("kind").equals("passage"))
                .filter(item -> item.getString("url").contains("/shows/meta-tech-podcast/")).toList();
        assertTrue(passages.size() >= 5, "the demo's episode 54 says it again and again: " + passages.size());
        assertTrue(passages.stream().allMatch(item -> item.getString("url").contains("/episodes/54-building-key-transparency-at-whatsapp#t=")),
                passages.toString());
        assertTrue(passages.stream().anyMatch(item -> item.getString("url").endsWith("#t=2.655")), passages.toString());
    }

    @Test
    void theSearchPageShowsPassagesThatLinkToTheirSecond() {
        String word = word();
        Episode spoken = fixtures.episode(fixtures.show("Page"), "Spoken page", EpisodeStatus.PUBLISHED, DAY_ONE);
        fixtures.transcript(spoken, "talk.vtt", "WEBVTT\n\n00:01:02.000 --> 00:01:04.000\nThe word " + word + " here.\n");

        WebClient.Reply page = WebClient.anonymous(base).get("search?q=" + word);

        assertEquals(200, page.status());
        assertTrue(page.body().contains("/episodes/spoken-page#t=62\""), page.body());
        assertTrue(page.body().contains("<mark>" + word + "</mark>"), page.body());
        assertTrue(page.body().contains("1:02"), "the passage's time");
        assertEquals(200, WebClient.anonymous(base).get("search").status(), "without words, the form alone");
        assertEquals(404, WebClient.anonymous(base).get("search.xhtml?q=" + word).status(), "one address per page");
    }
}
