package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotionBlocksTest {

    static SnipExport snip(long id, String excerpt, List<String> takeaways, String note) {
        return new SnipExport(id, 7, "Keys anyone can check", "Security Now", 754_000, 790_400, "Published keys", excerpt,
                takeaways, note, Instant.parse("2026-11-30T09:00:00Z"), "https://earmark.example/shows/s/episodes/e",
                "https://earmark.example/shows/s/episodes/e#t=754,791", "https://earmark.example/snips/" + id,
                "https://earmark.example/media/3/art.png");
    }

    @Test
    void aSnipIsAQuoteWithItsTimeLinkedAndTakeawaysAndNoteInside() {
        JsonObject quote = NotionBlocks.snip(snip(1, "Every key is published.", List.of("Keys are public.", "Auditors check."),
                "My first thought.\n\nAnd a second one."));

        assertEquals("quote", quote.getString("type"));
        JsonArray text = quote.getJsonObject("quote").getJsonArray("rich_text");
        assertEquals("12:34–13:11", text.getJsonObject(0).getJsonObject("text").getString("content"));
        assertEquals("https://earmark.example/shows/s/episodes/e#t=754,791",
                text.getJsonObject(0).getJsonObject("text").getJsonObject("link").getString("url"));
        assertEquals(" Published keys", text.getJsonObject(1).getJsonObject("text").getString("content"));
        assertEquals("\nEvery key is published.", text.getJsonObject(2).getJsonObject("text").getString("content"));
        List<String> children = quote.getJsonObject("quote").getJsonArray("children").stream()
                .map(child -> child.asJsonObject().getString("type") + ": " + child.asJsonObject()
                        .getJsonObject(child.asJsonObject().getString("type")).getJsonArray("rich_text").getJsonObject(0)
                        .getJsonObject("text").getString("content"))
                .toList();
        assertEquals(List.of("bulleted_list_item: Keys are public.", "bulleted_list_item: Auditors check.",
                "paragraph: My first thought.", "paragraph: And a second one."), children);
        assertEquals(5, NotionBlocks.count(quote));
    }

    @Test
    void textLongerThan2000CharactersIsSplitIntoItemsThatJoinToIt() {
        String words = IntStream.range(0, 900).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

        JsonArray text = NotionBlocks.richText(words, null).build();

        assertTrue(text.size() >= 3, "items: " + text.size());
        StringBuilder joined = new StringBuilder();
        text.forEach(item -> {
            String content = item.asJsonObject().getJsonObject("text").getString("content");
            assertTrue(content.length() <= NotionBlocks.TEXT_MAX, "length " + content.length());
            joined.append(content);
        });
        assertEquals(words, joined.toString());
        assertTrue(text.getJsonObject(0).getJsonObject("text").getString("content").endsWith(" "), "cut at a word");
    }

    @Test
    void aTextWithoutSpacesIsCutAtTheLimitButNeverInsideASurrogatePair() {
        String text = "a".repeat(1_999) + "😀" + "b".repeat(10);

        List<String> parts = NotionBlocks.split(text);

        assertEquals("a".repeat(1_999), parts.get(0));
        assertEquals(text, String.join("", parts));
    }

    @Test
    void requestsCarryAtMost100BlocksChildrenCountedAndASnipStaysWhole() {
        List<JsonObject> blocks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            blocks.add(NotionBlocks.snip(snip(i, "Words " + i, List.of("One.", "Two."), "")));
        }

        List<List<JsonObject>> requests = NotionBlocks.requests(blocks);

        assertEquals(List.of(33, 27), requests.stream().map(List::size).toList(), "3 blocks a snip, 33 of them are 99");
        requests.forEach(request -> assertTrue(request.stream().mapToInt(NotionBlocks::count).sum() <= 100));
        assertEquals(blocks, requests.stream().flatMap(List::stream).toList(), "in order, nothing lost");
    }

    @Test
    void aNoteOfManyParagraphsKeepsTheQuoteWithin100Blocks() {
        String note = IntStream.range(0, 150).mapToObj(i -> "Paragraph " + i).collect(Collectors.joining("\n\n"));

        JsonObject quote = NotionBlocks.snip(snip(1, "Words", List.of("One.", "Two.", "Three."), note));

        assertEquals(100, NotionBlocks.count(quote));
        JsonArray children = quote.getJsonObject("quote").getJsonArray("children");
        String last = children.getJsonObject(children.size() - 1).getJsonObject("paragraph").getJsonArray("rich_text")
                .getJsonObject(0).getJsonObject("text").getString("content");
        assertTrue(last.startsWith("Paragraph 95\nParagraph 96") && last.endsWith("Paragraph 149"), last);
    }
}
