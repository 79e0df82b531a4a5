package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadwiseClientTest {

    @Test
    void aSnipIsAPodcastHighlightAtItsStart() {
        JsonObject highlight = ReadwiseClient.highlight(NotionBlocksTest.snip(41, " Every key is published. ",
                List.of("Keys are public.", "Auditors check."), "Ask the team."));

        assertEquals("Every key is published.", highlight.getString("text"));
        assertEquals("Keys anyone can check", highlight.getString("title"));
        assertEquals("Security Now", highlight.getString("author"));
        assertEquals("podcasts", highlight.getString("category"));
        assertEquals(754, highlight.getInt("location"));
        assertEquals("time_offset", highlight.getString("location_type"));
        assertEquals("- Keys are public.\n- Auditors check.\n\nAsk the team.", highlight.getString("note"));
        assertEquals("https://earmark.example/shows/s/episodes/e", highlight.getString("source_url"));
        assertEquals("https://earmark.example/snips/41", highlight.getString("highlight_url"));
        assertEquals("https://earmark.example/media/3/art.png", highlight.getString("image_url"));
        assertEquals("2026-11-30T09:00:00Z", highlight.getString("highlighted_at"));
    }

    @Test
    void aLongExcerptIsCutAtAWordWithinReadwisesLimit() {
        String words = IntStream.range(0, 2_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

        String text = ReadwiseClient.highlight(NotionBlocksTest.snip(1, words, List.of(), "")).getString("text");

        assertTrue(text.length() <= ReadwiseClient.TEXT_MAX, "length " + text.length());
        assertTrue(text.endsWith("…"));
        assertTrue(words.startsWith(text.substring(0, text.length() - 1) + " "), "ends at a whole word");
    }

    @Test
    void withoutWordsTheTitleIsTheTextAndWithoutNotesThereIsNoNote() {
        JsonObject highlight = ReadwiseClient.highlight(NotionBlocksTest.snip(1, "", List.of(), "  "));

        assertEquals("Published keys", highlight.getString("text"));
        assertFalse(highlight.containsKey("note"));
    }

    @Test
    void aRequestHoldsAtMostTheBatchAndOneHighlightOfABookSoEachIdIsKnown() {
        List<JsonObject> highlights = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            highlights.add(Json.createObjectBuilder().add("title", "Episode " + i).add("author", "Show").build());
        }
        highlights.add(Json.createObjectBuilder().add("title", "Episode 0").add("author", "Show").build());

        List<List<JsonObject>> requests = ReadwiseClient.requests(highlights, highlight -> highlight);

        assertEquals(List.of(100, 51), requests.stream().map(List::size).toList(), "the second of episode 0 waits a request");
        assertEquals(highlights.get(150), requests.get(1).get(50));
    }
}
