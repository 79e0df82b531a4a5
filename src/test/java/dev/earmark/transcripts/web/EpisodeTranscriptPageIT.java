package dev.earmark.transcripts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The transcript in the episode page's HTML, as readers without script and search engines get it. */
class EpisodeTranscriptPageIT extends ServerTest {

    private static final Instant DAY_ONE = Instant.parse("2024-01-01T10:00:00Z");
    private static final Pattern MOMENT_LINK = Pattern.compile("href=\"#t=");

    @Test
    void aTimedTranscriptIsParagraphsPerSpeakerTurnEachLinkingToItsMoment() {
        String page = pageWithTranscript("talk.vtt", """
                WEBVTT

                00:00:00.000 --> 00:00:02.000
                <v Pascal>Welcome to the show.

                00:00:02.300 --> 00:00:04.000
                <v Pascal>My guest is Nora.

                00:00:04.500 --> 00:00:06.000
                <v Nora>Thanks, Pascal.

                00:01:30.000 --> 00:01:32.000
                <v Pascal>Back to the news.
                """);

        assertTrue(page.contains("<p class=\"transcript-speaker\">Pascal</p>"), page);
        assertTrue(page.contains("<p class=\"transcript-speaker\">Nora</p>"), page);
        assertEquals(3, MOMENT_LINK.matcher(page).results().count(), "one link per paragraph");
        assertTrue(page.contains("href=\"#t=0\"") && page.contains("href=\"#t=4.5\"") && page.contains("href=\"#t=90\""),
                page);
        assertTrue(page.contains(">1:30</time>") && page.contains("datetime=\"PT1M30S\""), page);
        assertTrue(page.contains("Welcome to the show. My guest is Nora."), "a turn's sentences in one paragraph");
        assertTrue(page.contains("Download the transcript (talk.vtt)"), page);
    }

    @Test
    void anUntimedTranscriptIsItsParagraphsWithoutLinks() {
        String page = pageWithTranscript("talk.txt", """
                A first paragraph of plain text.

                And a second one.
                """);

        assertTrue(page.contains("A first paragraph of plain text.") && page.contains("And a second one."), page);
        assertEquals(2, Pattern.compile("class=\"transcript-paragraph\"").matcher(page).results().count());
        assertFalse(MOMENT_LINK.matcher(page).find(), "nothing to play from");
        assertFalse(page.contains("transcript-speaker"), page);
    }

    @Test
    void anEpisodeWithoutATranscriptHasNoTranscriptSection() {
        Show show = fixtures.show("Untranscribed page");
        Episode episode = fixtures.episode(show, "Quiet", EpisodeStatus.PUBLISHED, DAY_ONE);
        assertFalse(page(show, episode).contains("class=\"transcript\""));
    }

    private String pageWithTranscript(String fileName, String content) {
        Show show = fixtures.show("Transcribed page");
        Episode episode = fixtures.transcript(fixtures.episode(show, "Spoken", EpisodeStatus.PUBLISHED, DAY_ONE),
                fileName, content);
        String page = page(show, episode);
        assertTrue(page.contains("<h2 id=\"transcript-heading\">Transcript</h2>"), page);
        return page;
    }

    private String page(Show show, Episode episode) {
        WebClient.Reply reply = WebClient.anonymous(base).get("shows/" + show.getSlug() + "/episodes/" + episode.getSlug());
        assertEquals(200, reply.status());
        return reply.body();
    }
}
