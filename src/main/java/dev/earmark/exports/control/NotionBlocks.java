package dev.earmark.exports.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An episode's page in Notion, as blocks within Notion's limits: each snip one quote (its time linked to the moment,
 * its title, its words) holding its takeaways as bulleted items and the listener's note as paragraphs. A text longer
 * than {@value #TEXT_MAX} characters is split into several rich-text items; a request carries at most
 * {@value #BLOCKS_PER_REQUEST} blocks, a snip's quote with its children always in one.
 */
public final class NotionBlocks {

    /** Notion's limit of one rich-text item's content. */
    public static final int TEXT_MAX = 2_000;
    /** Notion's limit of a children array, and of the blocks Earmark sends in one request. */
    public static final int BLOCKS_PER_REQUEST = 100;
    /** A rich-text array holds at most 100 items. */
    static final int RICH_TEXT_ITEMS_MAX = 100;
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

    private NotionBlocks() {
    }

    /** The page's title: "Episode — Show". */
    public static String title(SnipExport snip) {
        return snip.episodeTitle() + " — " + snip.showTitle();
    }

    /** The first block of a page: where the episode is. */
    public static JsonObject episodeLink(SnipExport snip) {
        return block("paragraph", richText(snip.episodeUrl(), snip.episodeUrl()).build(), List.of());
    }

    /** A snip's quote with its takeaways and note as children. */
    public static JsonObject snip(SnipExport snip) {
        JsonArrayBuilder text = Json.createArrayBuilder()
                .add(item(snip.range(), snip.momentUrl(), true));
        if (!snip.title().isBlank()) {
            text.add(item(" " + TextCut.atWord(snip.title(), TEXT_MAX - 1), null, true));
        }
        String words = snip.excerpt().strip();
        if (!words.isEmpty()) {
            split("\n" + words).forEach(part -> text.add(item(part, null, false)));
        }
        List<JsonObject> children = new ArrayList<>();
        snip.takeaways().forEach(takeaway -> children.add(block("bulleted_list_item", richText(takeaway, null).build(), List.of())));
        List<String> paragraphs = paragraphs(snip.note(), BLOCKS_PER_REQUEST - 1 - children.size());
        paragraphs.forEach(paragraph -> children.add(block("paragraph", richText(paragraph, null).build(), List.of())));
        return block("quote", cappedItems(text.build()), children);
    }

    /**
     * The blocks in requests of at most {@value #BLOCKS_PER_REQUEST} blocks each, children counted: the first for
     * making the page, the others for appending to it.
     */
    public static List<List<JsonObject>> requests(List<JsonObject> blocks) {
        List<List<JsonObject>> requests = new ArrayList<>();
        List<JsonObject> current = new ArrayList<>();
        int count = 0;
        for (JsonObject block : blocks) {
            int size = count(block);
            if (count + size > BLOCKS_PER_REQUEST && !current.isEmpty()) {
                requests.add(current);
                current = new ArrayList<>();
                count = 0;
            }
            current.add(block);
            count += size;
        }
        if (!current.isEmpty()) {
            requests.add(current);
        }
        return requests;
    }

    /** A block and the blocks it holds. */
    public static int count(JsonObject block) {
        JsonObject content = block.getJsonObject(block.getString("type"));
        JsonArray children = content.containsKey("children") ? content.getJsonArray("children") : JsonValue.EMPTY_JSON_ARRAY;
        return 1 + children.stream().mapToInt(child -> count(child.asJsonObject())).sum();
    }

    /** Rich text of a plain text in items of at most {@value #TEXT_MAX} characters, each linked when a link is given. */
    public static JsonArrayBuilder richText(String text, String link) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        split(text).forEach(part -> items.add(item(part, link, false)));
        return items;
    }

    /** The text in parts of at most {@value #TEXT_MAX} characters, at a line or word end where one is near. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > TEXT_MAX) {
            int end = TextCut.safeEnd(text, start + TEXT_MAX);
            int space = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf(' ', end - 1));
            if (space > start + TEXT_MAX / 2) {
                end = space + 1;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The note's paragraphs, at most {@code max}: the ones beyond are kept as lines of the last. */
    static List<String> paragraphs(String note, int max) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>(List.of(PARAGRAPHS.split(note.strip())));
        while (paragraphs.size() > max) {
            String last = paragraphs.remove(paragraphs.size() - 1);
            paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + "\n" + last);
        }
        return paragraphs;
    }

    private static JsonArray cappedItems(JsonArray items) {
        if (items.size() <= RICH_TEXT_ITEMS_MAX) {
            return items;
        }
        JsonArrayBuilder capped = Json.createArrayBuilder();
        items.stream().limit(RICH_TEXT_ITEMS_MAX).forEach(capped::add);
        return capped.build();
    }

    private static JsonObject item(String content, String link, boolean bold) {
        JsonObjectBuilder text = Json.createObjectBuilder().add("content", content);
        if (link != null) {
            text.add("link", Json.createObjectBuilder().add("url", link));
        }
        JsonObjectBuilder item = Json.createObjectBuilder().add("type", "text").add("text", text);
        if (bold) {
            item.add("annotations", Json.createObjectBuilder().add("bold", true));
        }
        return item.build();
    }

    private static JsonObject block(String type, JsonArray richText, List<JsonObject> children) {
        JsonObjectBuilder content = Json.createObjectBuilder().add("rich_text", richText);
        if (!children.isEmpty()) {
            JsonArrayBuilder nested = Json.createArrayBuilder();
            children.forEach(nested::add);
            content.add("children", nested);
        }
        return Json.createObjectBuilder().add("object", "block").add("type", type).add(type, content).build();
    }
}
