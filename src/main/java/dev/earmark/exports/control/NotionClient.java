package dev.earmark.exports.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Notion's API with a listener's integration token ({@code Authorization: Bearer …}) at the pinned
 * {@value #VERSION}: the parent page's check, an episode's page made under it and written again later. Notion allows
 * about three requests a second ({@link #SPACING} apart).
 */
public final class NotionClient {

    public static final String NAME = "Notion";
    /** The API version Earmark is written against; Notion answers each version as it was. */
    public static final String VERSION = "2022-06-28";
    public static final Duration SPACING = Duration.ofMillis(334);

    private final ServiceExchange exchange;

    /** @param exchange to Notion's base ("https://api.notion.com") with the token's and the version's headers */
    public NotionClient(ServiceExchange exchange) {
        this.exchange = exchange;
    }

    public static String authorization(String token) {
        return "Bearer " + token;
    }

    /**
     * Whether the token is valid and the page shared with its integration.
     *
     * @throws ExportFailure {@code exports.failure.invalidToken}, or {@code exports.failure.parentNotShared} when Notion
     *                       does not find the page for this integration (not shared with it, or deleted)
     */
    public void checkParent(NotionPageId parent) throws ExportFailure, InterruptedException {
        HttpResponse<String> answer = exchange.send("GET", "/v1/pages/" + parent.value(), null);
        if (answer.statusCode() == 404 || answer.statusCode() == 200 && archived(answer.body())) {
            throw new ExportFailure("exports.failure.parentNotShared", NAME, "");
        }
        if (answer.statusCode() != 200) {
            throw exchange.refused(answer);
        }
    }

    /** Whether the page is there and not archived (in Notion's trash); a deleted one is 404. */
    public boolean isLive(String pageId) throws ExportFailure, InterruptedException {
        HttpResponse<String> answer = exchange.send("GET", "/v1/pages/" + pageId, null);
        if (answer.statusCode() == 404) {
            return false;
        }
        if (answer.statusCode() != 200) {
            throw exchange.refused(answer);
        }
        return !archived(answer.body());
    }

    /**
     * A page under the parent with the first request's blocks; returns its id. Not repeated after a timeout or 5xx: Notion
     * may have made it, and a second would be an orphan.
     */
    public String createPage(String parentId, String title, List<JsonObject> children) throws ExportFailure, InterruptedException {
        JsonObject body = Json.createObjectBuilder()
                .add("parent", Json.createObjectBuilder().add("page_id", parentId))
                .add("properties", titleProperty(title))
                .add("children", array(children))
                .build();
        HttpResponse<String> answer = exchange.sendUnrepeatable("POST", "/v1/pages", body.toString());
        if (answer.statusCode() != 200) {
            throw exchange.refused(answer);
        }
        String id = read(answer.body()).getString("id", "");
        if (id.isEmpty()) {
            throw new ExportFailure("exports.failure.answer", NAME, "");
        }
        return id;
    }

    public void retitle(String pageId, String title) throws ExportFailure, InterruptedException {
        expectOk(exchange.send("PATCH", "/v1/pages/" + pageId,
                Json.createObjectBuilder().add("properties", titleProperty(title)).build().toString()));
    }

    /** The ids of the page's own blocks (not their children), every page of Notion's list. */
    public List<String> childIds(String blockId) throws ExportFailure, InterruptedException {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String query = "?page_size=100" + (cursor == null ? "" : "&start_cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> answer = exchange.send("GET", "/v1/blocks/" + blockId + "/children" + query, null);
            expectOk(answer);
            JsonObject list = read(answer.body());
            list.getJsonArray("results").forEach(block -> ids.add(block.asJsonObject().getString("id")));
            cursor = list.getBoolean("has_more", false) && list.get("next_cursor") instanceof jakarta.json.JsonString next
                    ? next.getString() : null;
        } while (cursor != null);
        return ids;
    }

    /** Archives a block (Notion's delete); one already gone is fine. */
    public void delete(String blockId) throws ExportFailure, InterruptedException {
        HttpResponse<String> answer = exchange.send("DELETE", "/v1/blocks/" + blockId, null);
        if (answer.statusCode() != 200 && answer.statusCode() != 404) {
            throw exchange.refused(answer);
        }
    }

    /** Appends a request's blocks at the end of the page; not repeated after a timeout or 5xx (it may have been done). */
    public void append(String pageId, List<JsonObject> children) throws ExportFailure, InterruptedException {
        expectOk(exchange.sendUnrepeatable("PATCH", "/v1/blocks/" + pageId + "/children",
                Json.createObjectBuilder().add("children", array(children)).build().toString()));
    }

    private void expectOk(HttpResponse<String> answer) throws ExportFailure {
        if (answer.statusCode() != 200) {
            throw exchange.refused(answer);
        }
    }

    private static JsonObject titleProperty(String title) {
        return Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                .add("title", NotionBlocks.richText(TextCut.atWord(title, NotionBlocks.TEXT_MAX), null))).build();
    }

    private static JsonArrayBuilder array(List<JsonObject> blocks) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        blocks.forEach(array::add);
        return array;
    }

    private static boolean archived(String body) throws ExportFailure {
        JsonObject page = read(body);
        return page.getBoolean("archived", false) || page.getBoolean("in_trash", false);
    }

    private static JsonObject read(String body) throws ExportFailure {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException | NullPointerException notAnAnswer) {
            throw new ExportFailure("exports.failure.answer", NAME, "");
        }
    }
}
