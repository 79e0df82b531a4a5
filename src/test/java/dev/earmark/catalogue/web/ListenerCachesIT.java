package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlCounter;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the catalogue keeps per state (whether a stored file is listenable, a show's count of visible episodes) is
 * right at once after a save and after a scheduled episode's time has come, with no save at all.
 */
class ListenerCachesIT extends ServerTest {

    private static final byte[] TRANSCRIPT = "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    MediaLibrary library;

    @Inject
    SqlCounter sql;

    private MediaFile file;
    private Show show;
    private Episode episode;

    @BeforeEach
    void aPublishedEpisodeWithAStoredFile() {
        file = library.storeChecked(TRANSCRIPT, "cached.vtt", "text/vtt");
        show = fixtures.show("Cached");
        episode = fixtures.episode(show, "Kept", EpisodeStatus.PUBLISHED, Instant.parse("2024-03-01T10:00:00Z"));
        episode.setTranscript(file);
        episode = fixtures.save(episode);
    }

    @AfterEach
    void deleteTheFile() {
        episode.setTranscript(null);
        fixtures.save(episode);
        library.delete(file);
    }

    @Test
    void aFileAskedAgainIsServedWithoutAskingTheDatabase() {
        WebClient http = WebClient.anonymous(base);
        assertEquals(200, http.fetch(path()).statusCode());

        List<String> statements = sql.record(() -> assertEquals(206, http.fetch(path(), "Range", "bytes=0-9").statusCode()));

        assertTrue(statements.stream().noneMatch(statement -> statement.toLowerCase(Locale.ROOT).contains("media_file")),
                statements.toString());
    }

    @Test
    void anUnpublishedEpisodesFileIsGoneAtOnce() {
        WebClient http = WebClient.anonymous(base);
        assertEquals(200, http.fetch(path()).statusCode());

        episode.setStatus(EpisodeStatus.DRAFT);
        episode = fixtures.save(episode);

        assertEquals(404, http.fetch(path()).statusCode());
    }

    @Test
    void aScheduledEpisodesFileIsServedWhenItsTimeHasComeWithoutASave() {
        episode.setStatus(EpisodeStatus.SCHEDULED);
        episode.setPublishedAt(now().plus(Duration.ofHours(1)));
        episode = fixtures.save(episode);
        WebClient http = WebClient.anonymous(base);
        assertEquals(404, http.fetch(path()).statusCode(), "before its time");
        assertEquals(404, http.fetch(path()).statusCode(), "before its time, asked again");

        advanceClock(Duration.ofHours(2));

        assertEquals(200, http.fetch(path()).statusCode(), "after its time");
    }

    @Test
    void theListOfEpisodesCountsASaveAtOnce() {
        WebClient http = WebClient.anonymous(base);
        assertEquals(1, totalItems(http));
        assertEquals(1, totalItems(http), "asked again");

        fixtures.episode(show, "Added", EpisodeStatus.PUBLISHED, Instant.parse("2024-03-02T10:00:00Z"));
        assertEquals(2, totalItems(http), "after a new episode");

        episode.setStatus(EpisodeStatus.DRAFT);
        episode = fixtures.save(episode);
        assertEquals(1, totalItems(http), "after unpublishing one");
    }

    @Test
    void theListOfEpisodesCountsAScheduledEpisodeWhenItsTimeHasCome() {
        fixtures.episode(show, "Later", EpisodeStatus.SCHEDULED, now().plus(Duration.ofHours(1)));
        WebClient http = WebClient.anonymous(base);
        assertEquals(1, totalItems(http), "before its time");

        advanceClock(Duration.ofHours(2));

        assertEquals(2, totalItems(http), "after its time");
    }

    @Test
    void theListOfShowsShowsASaveAtOnce() {
        WebClient http = WebClient.anonymous(base);
        assertEquals(1, listed(http).getInt("episodeCount"));
        assertEquals("Kept", listed(http).getJsonObject("latestEpisode").getString("title"), "asked again");

        fixtures.episode(show, "Newer", EpisodeStatus.PUBLISHED, Instant.parse("2024-03-05T10:00:00Z"));

        assertEquals(2, listed(http).getInt("episodeCount"));
        assertEquals("Newer", listed(http).getJsonObject("latestEpisode").getString("title"));
    }

    private JsonObject listed(WebClient http) {
        WebClient.Reply reply = http.get("api/shows");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(listed -> listed.getString("slug").equals(show.getSlug()))
                .findFirst().orElseThrow();
    }

    private int totalItems(WebClient http) {
        WebClient.Reply reply = http.get("api/shows/" + show.getSlug() + "/episodes");
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getInt("totalItems");
    }

    private String path() {
        return "media/" + file.getId();
    }
}
