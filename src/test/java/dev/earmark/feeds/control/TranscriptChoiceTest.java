package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranscriptChoiceTest {

    private static ParsedItem.TranscriptLink link(String url, String type) {
        return new ParsedItem.TranscriptLink(URI.create(url), type, null);
    }

    @Test
    void prefersTimedFormats() {
        Optional<TranscriptChoice> choice = TranscriptChoice.best(List.of(
                link("https://example.org/t.html", "text/html"), link("https://example.org/t.txt", "text/plain"),
                link("https://example.org/t.srt", "application/x-subrip"),
                link("https://example.org/t.json", "application/json")));

        assertEquals(new TranscriptChoice(URI.create("https://example.org/t.srt"), "transcript.srt", false),
                choice.orElseThrow());
    }

    @Test
    void takesHtmlAsTextAndTellsTypelessOnesByTheirExtension() {
        assertEquals(new TranscriptChoice(URI.create("https://example.org/t"), "transcript.txt", true),
                TranscriptChoice.best(List.of(link("https://example.org/t", "text/html; charset=utf-8")))
                        .orElseThrow());
        assertEquals("transcript.vtt", TranscriptChoice.best(List.of(link("https://example.org/a.vtt", null)))
                .orElseThrow().fileName());
        assertTrue(TranscriptChoice.best(List.of(link("https://example.org/a.pdf", "application/pdf"))).isEmpty());
    }
}
