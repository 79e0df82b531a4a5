package dev.earmark.transcripts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transcripts as listeners fetch them: cues as JSON, WebVTT for a track, only of episodes they may see. */
class TranscriptsApiIT extends ServerTest {

    private static final Instant DAY_ONE = Instant.parse("2024-01-01T10:00:00Z");
    private static final String SRT = "1\n00:00:01,250 --> 00:00:03,500\n<b>Welcome</b> &amp; hello.\n\n"
            + "2\n00:01:02,000 --> 00:01:04,000\n<v Ada>Thanks for having me.\n";

    private WebClient api;
    private Show show;

    @BeforeEach
    void client() {
        api = WebClient.anonymous(base);
        show = fixtures.show("Transcribed Things");
    }

    @Test
    void givesTheCuesOfAnUploadedSubRipAsJsonWithTheOriginalFile() {
        Episode episode = fixtures.transcript(fixtures.episode(show, "Talk", EpisodeStatus.PUBLISHED, DAY_ONE),
                "talk.srt", SRT);

        WebClient.Reply reply = api.get("api/transcripts/" + episode.getId());

        assertEquals(200, reply.status(), reply.body());
        JsonObject json = reply.object();
        assertEquals(episode.getId().longValue(), json.getJsonNumber("episode").longValue());
        assertTrue(json.getBoolean("timed"));
        assertEquals("SUBRIP", json.getString("format"));
        JsonObject first = json.getJsonArray("cues").getJsonObject(0);
        assertEquals(1.25, first.getJsonNumber("start").doubleValue());
        assertEquals(3.5, first.getJsonNumber("end").doubleValue());
        assertEquals("Welcome & hello.", first.getString("text"));
        assertFalse(first.containsKey("speaker"), "no speaker named, none given");
        assertEquals("Ada", json.getJsonArray("cues").getJsonObject(1).getString("speaker"));
        assertTrue(reply.header("ETag") != null, "revalidated like the rest of the read API");

        HttpResponse<byte[]> original = api.fetch(json.getString("original").substring(base.toString().length()));
        assertEquals(200, original.statusCode());
        assertEquals(SRT, new String(original.body(), StandardCharsets.UTF_8));
        assertTrue(original.headers().firstValue("Content-Type").orElseThrow().startsWith("application/x-subrip"));
    }

    @Test
    void givesWebVttWithVoicesForATrack() {
        Episode episode = fixtures.transcript(fixtures.episode(show, "Track", EpisodeStatus.PUBLISHED, DAY_ONE),
                "talk.srt", SRT);

        WebClient.Reply reply = api.get("api/transcripts/" + episode.getId() + ".vtt", "text/vtt");

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("text/vtt"), reply.contentType());
        assertEquals("WEBVTT\n\n00:00:01.250 --> 00:00:03.500\nWelcome &amp; hello.\n\n"
                + "00:01:02.000 --> 00:01:04.000\n<v Ada>Thanks for having me.\n", reply.body());
    }

    @Test
    void plainTextHasCuesWithoutTimesAndNoWebVtt() {
        Episode episode = fixtures.transcript(fixtures.episode(show, "Plain", EpisodeStatus.PUBLISHED, DAY_ONE),
                "talk.txt", "First paragraph\nstill the first.\n\nSecond.");

        JsonObject json = api.get("api/transcripts/" + episode.getId()).object();

        assertFalse(json.getBoolean("timed"));
        assertEquals("First paragraph still the first.", json.getJsonArray("cues").getJsonObject(0).getString("text"));
        assertEquals(0, json.getJsonArray("cues").getJsonObject(1).getJsonNumber("start").intValue());
        assertEquals(404, api.get("api/transcripts/" + episode.getId() + ".vtt", "text/vtt").status());
    }

    @Test
    void hidesTheTranscriptsOfDraftsAndEpisodesScheduledLater() {
        Episode draft = fixtures.transcript(fixtures.episode(show, "Draft", EpisodeStatus.DRAFT, DAY_ONE),
                "draft.srt", SRT);
        Episode later = fixtures.transcript(fixtures.episode(show, "Later", EpisodeStatus.SCHEDULED,
                now().plus(Duration.ofDays(1))), "later.srt", SRT);
        Episode without = fixtures.episode(show, "Without", EpisodeStatus.PUBLISHED, DAY_ONE);

        for (Episode hidden : new Episode[] {draft, later, without}) {
            WebClient.Reply reply = api.get("api/transcripts/" + hidden.getId());
            assertEquals(404, reply.status(), hidden.getTitle());
            assertTrue(reply.body().contains("no transcript that listeners can see"), reply.body());
            assertEquals(404, api.get("api/transcripts/" + hidden.getId() + ".vtt", "text/vtt").status());
        }
        assertEquals(400, api.get("api/transcripts/nothing").status());
    }
}
