package dev.earmark.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read API over HTTP, with data written through JPA in the same server. */
class CatalogueApiIT extends ServerTest {

    private static final Instant DAY_ONE = Instant.parse("2024-01-01T10:00:00Z");

    private WebClient api;

    @BeforeEach
    void client() {
        api = WebClient.anonymous(base);
    }

    @Test
    void listsShowsWithTheirVisibleEpisodeCount() {
        Show show = fixtures.show("Visible Things");
        fixtures.episode(show, "Published", EpisodeStatus.PUBLISHED, DAY_ONE);
        Episode archived = fixtures.episode(show, "Archived", EpisodeStatus.ARCHIVED, DAY_ONE.plus(Duration.ofDays(1)));
        fixtures.episode(show, "Draft", EpisodeStatus.DRAFT, DAY_ONE.plus(Duration.ofDays(2)));
        fixtures.episode(show, "Scheduled later", EpisodeStatus.SCHEDULED, now().plus(Duration.ofDays(3)));

        WebClient.Reply reply = api.get("api/shows");

        assertEquals(200, reply.status());
        JsonObject listed = reply.array().getValuesAs(JsonObject.class).stream()
                .filter(json -> json.getString("slug").equals(show.getSlug()))
                .findFirst().orElseThrow();
        assertEquals("Visible Things", listed.getString("title"));
        assertEquals(2, listed.getInt("episodeCount"));
        assertEquals(archived.getId().longValue(), listed.getJsonObject("latestEpisode").getJsonNumber("id").longValue());
        assertFalse(listed.containsKey("ownerEmail"), "owner e-mail stays private");
    }

    @Test
    void scheduledEpisodeIsVisibleOnceItsTimeHasPassed() {
        Show show = fixtures.show("Scheduled");
        fixtures.episode(show, "Was scheduled", EpisodeStatus.SCHEDULED, now().minusSeconds(5));
        fixtures.episode(show, "Still scheduled", EpisodeStatus.SCHEDULED, now().plus(Duration.ofHours(1)));

        JsonObject page = api.get("api/shows/" + show.getSlug() + "/episodes").object();

        assertEquals(1, page.getInt("totalItems"));
        assertEquals("Was scheduled", page.getJsonArray("items").getJsonObject(0).getString("title"));
    }

    @Test
    void pagesEpisodesNewestFirstWithStableOrderAndSnipCounts() {
        Show show = fixtures.show("Paged");
        for (int day = 0; day < 5; day++) {
            fixtures.episode(show, "Day " + day, EpisodeStatus.PUBLISHED, DAY_ONE.plus(Duration.ofDays(day)));
        }
        // Two on the same instant: the higher id comes first, on every page.
        Episode twinA = fixtures.episode(show, "Twin A", EpisodeStatus.PUBLISHED, DAY_ONE.minus(Duration.ofDays(1)));
        Episode twinB = fixtures.episode(show, "Twin B", EpisodeStatus.PUBLISHED, DAY_ONE.minus(Duration.ofDays(1)));
        fixtures.snips(twinA, 3);

        JsonObject first = api.get("api/shows/" + show.getSlug() + "/episodes?page=1&size=3").object();
        JsonObject third = api.get("api/shows/" + show.getSlug() + "/episodes?page=3&size=3").object();

        assertEquals(7, first.getInt("totalItems"));
        assertEquals(3, first.getInt("totalPages"));
        assertEquals(List.of("Day 4", "Day 3", "Day 2"), titles(first));
        assertEquals(List.of("Twin A"), titles(third));
        JsonObject second = api.get("api/shows/" + show.getSlug() + "/episodes?page=2&size=3").object();
        assertEquals(List.of("Day 1", "Day 0", "Twin B"), titles(second));
        assertTrue(twinB.getId() > twinA.getId(), "ids grow in creation order");
        assertEquals(3, third.getJsonArray("items").getJsonObject(0).getInt("snipCount"));
        assertEquals(0, second.getJsonArray("items").getJsonObject(0).getInt("snipCount"));
    }

    @Test
    void capsThePageSize() {
        Show show = fixtures.show("Capped");
        fixtures.episode(show, "Only", EpisodeStatus.PUBLISHED, DAY_ONE);

        JsonObject page = api.get("api/shows/" + show.getSlug() + "/episodes?size=5000").object();

        assertEquals(100, page.getInt("size"));
    }

    @Test
    void pagesPastTheLastAreEmptyUpToTheLastPossible() {
        Show show = fixtures.show("Far pages");
        fixtures.episode(show, "Only", EpisodeStatus.PUBLISHED, DAY_ONE);

        for (int page : new int[] {2, PageRequest.MAX_PAGE}) {
            JsonObject reply = api.get("api/shows/" + show.getSlug() + "/episodes?size=100&page=" + page).object();
            assertEquals(0, reply.getJsonArray("items").size(), "page " + page);
            assertEquals(1, reply.getInt("totalItems"), "page " + page);
        }
        String beyond = String.valueOf(PageRequest.MAX_PAGE + 1);
        assertError(api.get("api/shows/" + show.getSlug() + "/episodes?size=100&page=" + beyond), 400, "'" + beyond + "'");
    }

    @Test
    void episodeHasOrderedChaptersAndSanitisedNotes() {
        Show show = fixtures.show("Detailed");
        Episode episode = fixtures.episode(show, "With Chapters", EpisodeStatus.PUBLISHED, DAY_ONE,
                new Chapter(74_000, "Guest", null), new Chapter(6_000, "Intro", null));
        episode.setDescription("<p>Hello <script>alert('x')</script><img src=x onerror=alert(1)>world</p>");
        fixtures.save(episode);

        WebClient.Reply reply = api.get("api/episodes/" + episode.getId());

        assertEquals(200, reply.status());
        JsonObject json = reply.object();
        assertEquals(show.getSlug(), json.getString("showSlug"));
        assertEquals(List.of("Intro", "Guest"), json.getJsonArray("chapters").getValuesAs(JsonObject.class).stream()
                .map(chapter -> chapter.getString("title")).toList());
        assertEquals(74.0, json.getJsonArray("chapters").getJsonObject(1).getJsonNumber("start").doubleValue());
        String notes = json.getString("description");
        assertTrue(notes.contains("Hello"), notes);
        assertFalse(notes.contains("<script") || notes.contains("onerror") || notes.contains("alert"), notes);
        assertEquals("https://media.example/with-chapters.mp3", json.getJsonObject("audio").getString("url"));
    }

    /**
     * The player plays Earmark's stored file as its own (?via=player: no download, its listening is reported), while
     * downloads and other players take the plain address; it reports listening only while the setting is on, and the
     * setting changes the answer's validator, so a kept copy does not hold on to the old value.
     */
    @Test
    void anEpisodeTellsThePlayerWhatToPlayAndWhetherToReportListening() {
        // The demo's episodes have their audio stored in Earmark (DemoShow names the show to tests outside the server).
        String path = "api/episodes/" + api.get("api/shows/meta-tech-podcast/episodes?size=1").object()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        WebClient.Reply on = api.get(path);
        JsonObject audio = on.object().getJsonObject("audio");
        assertTrue(audio.getString("url").matches(".*/earmark/media/\\d+/[^?]+"), audio.toString());
        assertEquals(audio.getString("url") + "?via=player", audio.getString("playerUrl"));
        assertTrue(on.object().getBoolean("insights"));
        String tag = on.header("ETag");

        System.setProperty("earmark.insights", "false");
        try {
            WebClient.Reply off = api.send(api.request(path).header("Accept", "application/json")
                    .header("If-None-Match", tag).GET());
            assertEquals(200, off.status(), "a changed setting is a changed answer");
            assertFalse(off.object().getBoolean("insights"));
        } finally {
            System.clearProperty("earmark.insights");
        }

        Show show = fixtures.show("Played Elsewhere");
        Episode elsewhere = fixtures.episode(show, "Enclosure", EpisodeStatus.PUBLISHED, DAY_ONE);
        JsonObject enclosure = api.get("api/episodes/" + elsewhere.getId()).object().getJsonObject("audio");
        assertEquals(enclosure.getString("url"), enclosure.getString("playerUrl"), "another site's address as it is");
        assertFalse(api.get("api/shows/" + show.getSlug() + "/episodes").object().getJsonArray("items")
                .getJsonObject(0).containsKey("insights"), "lists say nothing of it");
    }

    @Test
    void anEpisodeNamesWhereItsTranscriptsCuesAreOnlyWhenItHasOne() {
        Show show = fixtures.show("Transcribed");
        Episode spoken = fixtures.transcript(fixtures.episode(show, "Spoken", EpisodeStatus.PUBLISHED, DAY_ONE),
                "talk.txt", "Words without times.");
        assertEquals(base + "api/transcripts/" + spoken.getId(),
                api.get("api/episodes/" + spoken.getId()).object().getString("transcriptUrl"));

        Episode silent = fixtures.episode(show, "Silent", EpisodeStatus.PUBLISHED, DAY_ONE);
        assertFalse(api.get("api/episodes/" + silent.getId()).object().containsKey("transcriptUrl"));
    }

    @Test
    void episodesCarryTheirSummaryAndTopicsInListsAndAlone() {
        Show show = fixtures.show("Summarised");
        Episode summarised = fixtures.summarise(fixtures.episode(show, "Summarised", EpisodeStatus.PUBLISHED, DAY_ONE),
                "What <b>x</b> is about.", List.of("Gossip", "<b>x</b>"));
        Episode plain = fixtures.episode(show, "Plain", EpisodeStatus.PUBLISHED, DAY_ONE.minus(Duration.ofDays(1)));

        JsonObject alone = api.get("api/episodes/" + summarised.getId()).object();
        List<JsonObject> listed = api.get("api/shows/" + show.getSlug() + "/episodes").object().getJsonArray("items")
                .getValuesAs(JsonObject.class);

        for (JsonObject json : List.of(alone, listed.get(0))) {
            assertEquals("What <b>x</b> is about.", json.getString("summary"), "plain text, as stored");
            assertEquals(List.of("Gossip", "<b>x</b>"), json.getJsonArray("topics").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList());
            assertFalse(json.toString().contains("EXTRACT"), "who wrote it stays the curators' business: " + json);
        }
        JsonObject without = api.get("api/episodes/" + plain.getId()).object();
        assertFalse(without.containsKey("summary"), without.toString());
        assertEquals(0, without.getJsonArray("topics").size());
        assertEquals(0, listed.get(1).getJsonArray("topics").size());
    }

    @Test
    void hiddenOrUnknownThingsAre404WithAReason() {
        Show show = fixtures.show("Hidden");
        Episode draft = fixtures.episode(show, "Draft only", EpisodeStatus.DRAFT, DAY_ONE);

        assertError(api.get("api/episodes/" + draft.getId()), 404, String.valueOf(draft.getId()));
        assertError(api.get("api/shows/no-such-show"), 404, "no-such-show");
        assertError(api.get("api/shows/no-such-show/episodes"), 404, "no-such-show");
        assertError(api.get("api/no-such-resource"), 404, "nothing");
    }

    @Test
    void badParametersAre400WithAReason() {
        Show show = fixtures.show("Bad Params");

        assertError(api.get("api/shows/" + show.getSlug() + "/episodes?page=abc"), 400, "abc");
        assertError(api.get("api/shows/" + show.getSlug() + "/episodes?page=0"), 400, "page");
        assertError(api.get("api/shows/" + show.getSlug() + "/episodes?size=-1"), 400, "size");
        assertError(api.get("api/episodes/abc"), 400, "abc");
    }

    private static void assertError(WebClient.Reply reply, int status, String mentioned) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject body = reply.object();
        assertEquals(status, body.getInt("status"));
        assertTrue(body.getString("message").contains(mentioned), body.toString());
        assertFalse(body.getString("message").contains("???"), body.toString());
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("title")).toList();
    }

}
