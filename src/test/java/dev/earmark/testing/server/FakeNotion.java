package dev.earmark.testing.server;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Only in tests, started in the server under test: Notion's API (developers.notion.com, version 2022-06-28) for what
 * Earmark uses — pages (retrieve, create under a page, retitle) and block children (list, append, delete). Every
 * request must carry the one valid integration token ({@code Authorization: Bearer …}, else 401) and
 * {@code Notion-Version: 2022-06-28} (else 400); a body must be JSON (Content-Type) within Notion's limits: at most 100
 * blocks a request and per children array, two levels of nesting, at most 100 rich-text items a block of at most 2,000
 * characters each — anything else is refused with 400 {@code validation_error}, as Notion does. Pages a test shared
 * with the integration can be parents; a page deleted in Notion answers 404. A test may script answers that come
 * first, one per request.
 */
public final class FakeNotion extends FakeService {

    public static final String VALID_TOKEN = "secret_notion-valid-token-0123";
    public static final String VERSION = "2022-06-28";
    private static final Set<String> BLOCK_TYPES = Set.of("paragraph", "quote", "bulleted_list_item", "heading_3");
    private static final Pattern PAGE = Pattern.compile("/v1/pages/([0-9a-f-]{36})");
    private static final Pattern CHILDREN = Pattern.compile("/v1/blocks/([0-9a-f-]{36})/children(\\?.*)?");
    private static final Pattern BLOCK = Pattern.compile("/v1/blocks/([0-9a-f-]{36})");

    /** A page Earmark made: its parent, title, whether archived, and its own blocks by id. */
    public static final class Page {
        final String parent;
        String title;
        boolean archived;
        final Map<String, JsonObject> blocks = new LinkedHashMap<>();

        Page(String parent, String title) {
            this.parent = parent;
            this.title = title;
        }

        public String parent() {
            return parent;
        }

        public String title() {
            return title;
        }

        /** The page's own blocks as sent (children inside them), in order. */
        public List<JsonObject> blocks() {
            return List.copyOf(blocks.values());
        }
    }

    private final Set<String> shared = new HashSet<>();
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, String> pageOfBlock = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();

    private FakeNotion() {
        super("fake-notion");
    }

    public static FakeNotion start() {
        return new FakeNotion();
    }

    /** A page of the listener's that they shared with the integration. */
    public synchronized void share(String pageId) {
        shared.add(pageId);
    }


    /** The pages made and not deleted, by id. */
    public synchronized Map<String, Page> pages() {
        Map<String, Page> live = new LinkedHashMap<>();
        pages.forEach((id, page) -> {
            if (!page.archived) {
                live.put(id, page);
            }
        });
        return live;
    }

    /** The listener deletes a page in Notion: it is gone for the API (404). */
    public synchronized void deleteInNotion(String pageId) {
        pages.remove(pageId);
    }

    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    public List<Request> received() {
        return requests();
    }

    @Override
    protected synchronized Optional<Reply> answer(Request request, int index) {
        if (!("Bearer " + VALID_TOKEN).equals(request.header("authorization"))) {
            return error(401, "unauthorized", "API token is invalid.");
        }
        if (!VERSION.equals(request.header("notion-version"))) {
            return error(400, "missing_version", "Notion-Version header failed validation: should be " + VERSION);
        }
        Optional<Reply> next = scriptedAnswer();
        if (next.isPresent()) {
            return next;
        }
        JsonObject body = null;
        if ("POST".equals(request.method()) || "PATCH".equals(request.method())) {
            String type = request.header("content-type");
            body = FakeReadwise.json(request.text());
            if (type == null || !type.startsWith("application/json") || body == null) {
                return invalid("The body must be JSON sent as application/json.");
            }
        }
        String path = request.path();
        Matcher page = PAGE.matcher(path);
        Matcher children = CHILDREN.matcher(path);
        Matcher block = BLOCK.matcher(path);
        if ("POST".equals(request.method()) && "/v1/pages".equals(path)) {
            return createPage(body);
        }
        if (page.matches() && "GET".equals(request.method())) {
            return retrieve(page.group(1));
        }
        if (page.matches() && "PATCH".equals(request.method())) {
            return update(page.group(1), body);
        }
        if (children.matches() && "GET".equals(request.method())) {
            return list(children.group(1));
        }
        if (children.matches() && "PATCH".equals(request.method())) {
            return append(children.group(1), body);
        }
        if (block.matches() && "DELETE".equals(request.method())) {
            return delete(block.group(1));
        }
        return error(400, "invalid_request_url", "Invalid request URL.");
    }

    private Optional<Reply> createPage(JsonObject body) {
        String parent = body.getJsonObject("parent") == null ? null : body.getJsonObject("parent").getString("page_id", null);
        if (parent == null || !shared.contains(parent) && !pages.containsKey(parent)) {
            return error(404, "object_not_found", "Could not find page with ID: " + parent);
        }
        Optional<String> title = title(body);
        if (title.isEmpty()) {
            return invalid("body.properties.title.title should be rich text");
        }
        JsonArray children = body.containsKey("children") ? body.getJsonArray("children") : JsonValue.EMPTY_JSON_ARRAY;
        Optional<String> wrong = childrenBroken(children);
        if (wrong.isPresent()) {
            return invalid(wrong.get());
        }
        String id = UUID.randomUUID().toString();
        Page made = new Page(parent, title.get());
        pages.put(id, made);
        store(id, made, children);
        return ok(pageJson(id, made));
    }

    private Optional<Reply> retrieve(String id) {
        if (shared.contains(id)) {
            return ok(Json.createObjectBuilder().add("object", "page").add("id", id).add("archived", false).build());
        }
        Page page = pages.get(id);
        return page == null ? error(404, "object_not_found", "Could not find page with ID: " + id) : ok(pageJson(id, page));
    }

    private Optional<Reply> update(String id, JsonObject body) {
        Page page = pages.get(id);
        if (page == null) {
            return error(404, "object_not_found", "Could not find page with ID: " + id);
        }
        if (body.containsKey("properties")) {
            Optional<String> title = title(body);
            if (title.isEmpty()) {
                return invalid("body.properties.title.title should be rich text");
            }
            page.title = title.get();
        }
        if (body.containsKey("archived")) {
            page.archived = body.getBoolean("archived");
        }
        return ok(pageJson(id, page));
    }

    private Optional<Reply> list(String id) {
        Page page = pages.get(id);
        if (page == null) {
            return error(404, "object_not_found", "Could not find block with ID: " + id);
        }
        JsonArrayBuilder results = Json.createArrayBuilder();
        page.blocks.forEach((blockId, block) -> results.add(Json.createObjectBuilder(block).add("id", blockId)));
        return ok(Json.createObjectBuilder().add("object", "list").add("results", results)
                .add("has_more", false).addNull("next_cursor").build());
    }

    private Optional<Reply> append(String id, JsonObject body) {
        Page page = pages.get(id);
        if (page == null || page.archived) {
            return error(page == null ? 404 : 400, page == null ? "object_not_found" : "validation_error",
                    "Can't edit block that is archived or missing: " + id);
        }
        JsonArray children = body.getJsonArray("children");
        Optional<String> wrong = children == null ? Optional.of("body.children should be an array") : childrenBroken(children);
        if (wrong.isPresent()) {
            return invalid(wrong.get());
        }
        store(id, page, children);
        return ok(Json.createObjectBuilder().add("object", "list").add("results", JsonValue.EMPTY_JSON_ARRAY).build());
    }

    private Optional<Reply> delete(String blockId) {
        String pageId = pageOfBlock.remove(blockId);
        if (pageId == null || !pages.containsKey(pageId)) {
            return error(404, "object_not_found", "Could not find block with ID: " + blockId);
        }
        pages.get(pageId).blocks.remove(blockId);
        return ok(Json.createObjectBuilder().add("object", "block").add("id", blockId).add("archived", true).build());
    }

    private void store(String pageId, Page page, JsonArray children) {
        for (JsonValue child : children) {
            String blockId = UUID.randomUUID().toString();
            page.blocks.put(blockId, child.asJsonObject());
            pageOfBlock.put(blockId, pageId);
        }
    }

    /** Notion's limits of a request's blocks, as its reference states them. */
    static Optional<String> childrenBroken(JsonArray children) {
        if (children.size() > 100) {
            return Optional.of("body.children.length should be ≤ 100, instead was " + children.size());
        }
        int total = 0;
        for (JsonValue child : children) {
            Optional<String> wrong = blockBroken(child.asJsonObject(), 1);
            if (wrong.isPresent()) {
                return wrong;
            }
            total += count(child.asJsonObject());
        }
        return total > 100 ? Optional.of("at most 100 blocks a request, not " + total) : Optional.empty();
    }

    private static Optional<String> blockBroken(JsonObject block, int level) {
        String type = block.getString("type", "");
        if (!BLOCK_TYPES.contains(type) || !(block.get(type) instanceof JsonObject content)) {
            return Optional.of("unknown block type " + type);
        }
        Optional<String> text = richTextBroken(content.get("rich_text"));
        if (text.isPresent()) {
            return text;
        }
        if (content.containsKey("children")) {
            if (level >= 2) {
                return Optional.of("at most two levels of nesting in a request");
            }
            JsonArray children = content.getJsonArray("children");
            if (children.size() > 100) {
                return Optional.of("children.length should be ≤ 100");
            }
            for (JsonValue child : children) {
                Optional<String> wrong = blockBroken(child.asJsonObject(), level + 1);
                if (wrong.isPresent()) {
                    return wrong;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> richTextBroken(JsonValue value) {
        if (!(value instanceof JsonArray items) || items.size() > 100) {
            return Optional.of("rich_text should be an array of at most 100 items");
        }
        for (JsonValue item : items) {
            JsonObject text = item.asJsonObject().getJsonObject("text");
            if (text == null || !(text.get("content") instanceof JsonString content)) {
                return Optional.of("rich_text items need text.content");
            }
            if (content.getString().length() > 2_000) {
                return Optional.of("text.content.length should be ≤ 2000, instead was " + content.getString().length());
            }
            JsonObject link = text.getJsonObject("link");
            if (link != null && link.getString("url", "").length() > 2_000) {
                return Optional.of("text.link.url.length should be ≤ 2000");
            }
        }
        return Optional.empty();
    }

    private static int count(JsonObject block) {
        JsonObject content = block.getJsonObject(block.getString("type"));
        JsonArray children = content.containsKey("children") ? content.getJsonArray("children") : JsonValue.EMPTY_JSON_ARRAY;
        return 1 + children.stream().mapToInt(child -> count(child.asJsonObject())).sum();
    }

    private static Optional<String> title(JsonObject body) {
        JsonObject properties = body.getJsonObject("properties");
        JsonObject title = properties == null ? null : properties.getJsonObject("title");
        JsonValue items = title == null ? null : title.get("title");
        if (richTextBroken(items).isPresent()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        items.asJsonArray().forEach(item -> text.append(item.asJsonObject().getJsonObject("text").getString("content")));
        return Optional.of(text.toString());
    }

    private static JsonObject pageJson(String id, Page page) {
        return Json.createObjectBuilder().add("object", "page").add("id", id).add("archived", page.archived)
                .add("parent", Json.createObjectBuilder().add("type", "page_id").add("page_id", page.parent)).build();
    }

    private Optional<Reply> invalid(String message) {
        violations.add(message);
        return error(400, "validation_error", message);
    }

    private static Optional<Reply> ok(JsonObject body) {
        return Optional.of(new Reply(200, "application/json", body.toString()));
    }

    private static Optional<Reply> error(int status, String code, String message) {
        return Optional.of(new Reply(status, "application/json", Json.createObjectBuilder().add("object", "error")
                .add("status", status).add("code", code).add("message", message).build().toString()));
    }

    /** Notion's error answer, for a script (429 with Retry-After, 500). */
    public static Reply status(int status, Map<String, String> headers) {
        return new Reply(status, "application/json", Json.createObjectBuilder().add("object", "error")
                .add("status", status).add("code", status == 429 ? "rate_limited" : "internal_server_error")
                .add("message", "Fake answer " + status).build().toString(), headers);
    }
}
