package dev.earmark.testing.server;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Only in tests, started in the server under test: Readwise's API v2 as documented (readwise.io/api_deets) for what
 * Earmark uses. {@code GET /api/v2/auth/} answers 204 for the one valid token ({@code Authorization: Token …}) and 401
 * otherwise; {@code POST /api/v2/highlights/} checks the token, the JSON type and the body — 1 to 100 highlights, each
 * with a text of at most 8,191 characters, title and author within their limits, a known category and location type,
 * a whole location, an ISO 8601 time and a highlight_url — refusing anything else with 400 as Readwise does. Highlights
 * are kept by highlight_url: sent again, one is updated, not added. A test may script answers that come first (429
 * with Retry-After, 500, …), one per request.
 */
public final class FakeReadwise extends FakeService {

    public static final String VALID_TOKEN = "rw-valid-token-0123456789";
    private static final Set<String> CATEGORIES = Set.of("books", "articles", "tweets", "podcasts");
    private static final Set<String> LOCATION_TYPES = Set.of("page", "order", "time_offset");

    private final Map<String, JsonObject> highlights = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private int accepted;
    private int updated;

    private FakeReadwise() {
        super("fake-readwise");
    }

    public static FakeReadwise start() {
        return new FakeReadwise();
    }


    public static Reply status(int status, Map<String, String> headers) {
        return new Reply(status, "application/json", "{\"detail\":\"Fake answer " + status + "\"}", headers);
    }

    /** The highlights Readwise holds, by highlight_url. */
    public synchronized Map<String, JsonObject> highlights() {
        return Map.copyOf(highlights);
    }

    /** How many highlights came in requests Readwise took, and how many of them updated one it had. */
    public synchronized int accepted() {
        return accepted;
    }

    public synchronized int updated() {
        return updated;
    }

    /** Requests that broke the documented contract (each answered 400). */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** Every request's Authorization header and body, for tests that look for a token where it must not be. */
    public List<Request> received() {
        return requests();
    }

    @Override
    protected synchronized Optional<Reply> answer(Request request, int index) {
        boolean authorised = ("Token " + VALID_TOKEN).equals(request.header("authorization"));
        if ("GET".equals(request.method()) && "/api/v2/auth/".equals(request.path())) {
            return Optional.of(authorised ? new Reply(204, "text/plain", "") : invalidToken());
        }
        if (!"POST".equals(request.method()) || !"/api/v2/highlights/".equals(request.path())) {
            return Optional.of(new Reply(404, "application/json", "{\"detail\":\"Not found.\"}"));
        }
        if (!authorised) {
            return Optional.of(invalidToken());
        }
        Optional<Reply> next = scriptedAnswer();
        if (next.isPresent()) {
            return next;
        }
        Optional<String> wrong = contractBroken(request);
        if (wrong.isPresent()) {
            violations.add(wrong.get());
            return Optional.of(new Reply(400, "application/json", Json.createObjectBuilder()
                    .add("highlights", Json.createArrayBuilder().add(wrong.get())).build().toString()));
        }
        JsonArray sent = json(request.text()).getJsonArray("highlights");
        for (JsonValue value : sent) {
            JsonObject highlight = value.asJsonObject();
            if (highlights.put(highlight.getString("highlight_url"), highlight) != null) {
                updated++;
            }
            accepted++;
        }
        return Optional.of(new Reply(200, "application/json", "[{\"id\":1,\"title\":\"Fake\",\"modified_highlights\":[]}]"));
    }

    private static Reply invalidToken() {
        return new Reply(401, "application/json", "{\"detail\":\"Invalid token.\"}");
    }

    private static Optional<String> contractBroken(Request request) {
        String type = request.header("content-type");
        if (type == null || !type.startsWith("application/json")) {
            return Optional.of("Content-Type must be application/json: " + type);
        }
        JsonObject body = json(request.text());
        if (body == null || !(body.get("highlights") instanceof JsonArray all)) {
            return Optional.of("The body must be {\"highlights\": [...]}");
        }
        if (all.isEmpty() || all.size() > 100) {
            return Optional.of("1 to 100 highlights a request, not " + all.size());
        }
        for (JsonValue value : all) {
            Optional<String> wrong = highlightBroken(value.asJsonObject());
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> highlightBroken(JsonObject highlight) {
        if (!(highlight.get("text") instanceof JsonString text) || text.getString().isBlank() || text.getString().length() > 8_191) {
            return Optional.of("text is required, at most 8191 characters");
        }
        if (tooLong(highlight, "title", 511) || tooLong(highlight, "author", 1_024) || tooLong(highlight, "note", 8_191)
                || tooLong(highlight, "source_url", 2_047) || tooLong(highlight, "image_url", 2_047)
                || tooLong(highlight, "highlight_url", 4_095)) {
            return Optional.of("a field is longer than Readwise allows");
        }
        if (!CATEGORIES.contains(highlight.getString("category", ""))) {
            return Optional.of("category must be one of " + CATEGORIES);
        }
        if (!LOCATION_TYPES.contains(highlight.getString("location_type", ""))
                || !(highlight.get("location") instanceof JsonNumber location) || !location.isIntegral()) {
            return Optional.of("location must be a whole number with a location_type of " + LOCATION_TYPES);
        }
        if (!highlight.containsKey("highlight_url")) {
            return Optional.of("highlight_url is what Earmark updates highlights by");
        }
        try {
            OffsetDateTime.parse(highlight.getString("highlighted_at", ""));
        } catch (DateTimeParseException notIso) {
            return Optional.of("highlighted_at must be ISO 8601");
        }
        return Optional.empty();
    }

    private static boolean tooLong(JsonObject highlight, String field, int max) {
        return highlight.get(field) instanceof JsonString value && value.getString().length() > max;
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
    }
}
