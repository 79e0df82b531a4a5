package dev.earmark.testing.server;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Only in tests, started in the server under test: Readwise's API v2 as documented (readwise.io/api_deets) for what
 * Earmark uses. {@code GET /api/v2/auth/} answers 204 for the one valid token ({@code Authorization: Token …}) and 401
 * otherwise; {@code POST /api/v2/highlights/} checks the token, the JSON type and the body — 1 to 100 highlights, each
 * with a text of at most 8,191 characters, title and author within their limits, a known category and location type,
 * a whole location, an ISO 8601 time and a highlight_url — refusing anything else with 400 as Readwise does. As
 * Readwise, it de-duplicates what is created by title, author, text and source_url (the same again updates the
 * highlight; other words make another), and answers the books (title, author) with the ids of their highlights in
 * {@code modified_highlights}; {@code PATCH /api/v2/highlights/{id}/} changes a highlight's text, note or location
 * (404 for an id it does not have). A test may script answers that come first (429 with Retry-After, 500, …), one per
 * request.
 */
public final class FakeReadwise extends FakeService {

    public static final String VALID_TOKEN = "rw-valid-token-0123456789";
    private static final Set<String> CATEGORIES = Set.of("books", "articles", "tweets", "podcasts");
    private static final Set<String> LOCATION_TYPES = Set.of("page", "order", "time_offset");

    private static final Pattern HIGHLIGHT = Pattern.compile("/api/v2/highlights/([0-9]+)/");
    private static final Set<String> UPDATABLE = Set.of("text", "note", "location", "url", "color");
    /** What Readwise tells highlights apart by when they are created (readwise.io/api_deets). */
    private static final List<String> DEDUPE_KEY = List.of("title", "author", "text", "source_url");

    private final Map<Long, JsonObject> highlights = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private long nextId = 1;
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

    /** The highlights Readwise holds, by highlight_url (one of each: see {@link #count}). */
    public synchronized Map<String, JsonObject> highlights() {
        Map<String, JsonObject> byUrl = new LinkedHashMap<>();
        highlights.values().forEach(highlight -> byUrl.put(highlight.getString("highlight_url"), highlight));
        return byUrl;
    }

    /** How many highlights Readwise holds. */
    public synchronized int count() {
        return highlights.size();
    }

    /** Deletes a highlight in Readwise, as its listener may. */
    public synchronized void deleteInReadwise(String highlightUrl) {
        highlights.values().removeIf(highlight -> highlightUrl.equals(highlight.getString("highlight_url")));
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
        Matcher one = HIGHLIGHT.matcher(request.path());
        boolean create = "POST".equals(request.method()) && "/api/v2/highlights/".equals(request.path());
        boolean update = "PATCH".equals(request.method()) && one.matches();
        if (!create && !update) {
            return Optional.of(notFound());
        }
        if (!authorised) {
            return Optional.of(invalidToken());
        }
        Optional<Reply> next = scriptedAnswer();
        if (next.isPresent()) {
            return next;
        }
        if (update) {
            return Optional.of(update(Long.parseLong(one.group(1)), request));
        }
        Optional<String> wrong = contractBroken(request);
        if (wrong.isPresent()) {
            violations.add(wrong.get());
            return Optional.of(new Reply(400, "application/json", Json.createObjectBuilder()
                    .add("highlights", Json.createArrayBuilder().add(wrong.get())).build().toString()));
        }
        Map<String, JsonArrayBuilder> idsByBook = new LinkedHashMap<>();
        for (JsonValue value : json(request.text()).getJsonArray("highlights")) {
            JsonObject highlight = value.asJsonObject();
            Optional<Long> same = highlights.entrySet().stream()
                    .filter(held -> DEDUPE_KEY.stream().allMatch(key -> Objects.equals(held.getValue().get(key), highlight.get(key))))
                    .map(Map.Entry::getKey).findFirst();
            long id = same.orElse(nextId++);
            if (highlights.put(id, highlight) != null) {
                updated++;
            }
            accepted++;
            idsByBook.computeIfAbsent(highlight.getString("title", "") + "\n" + highlight.getString("author", ""),
                    book -> Json.createArrayBuilder()).add(id);
        }
        JsonArrayBuilder books = Json.createArrayBuilder();
        idsByBook.forEach((book, ids) -> books.add(Json.createObjectBuilder().add("id", book.hashCode())
                .add("title", book.substring(0, book.indexOf('\n'))).add("author", book.substring(book.indexOf('\n') + 1))
                .add("category", "podcasts").add("modified_highlights", ids)));
        return Optional.of(new Reply(200, "application/json", books.build().toString()));
    }

    /** Readwise's highlight UPDATE: only the fields it documents, on a highlight it has. */
    private Reply update(long id, Request request) {
        JsonObject held = highlights.get(id);
        if (held == null) {
            return notFound();
        }
        JsonObject changes = json(request.text());
        String type = request.header("content-type");
        if (type == null || !type.startsWith("application/json") || changes == null || !UPDATABLE.containsAll(changes.keySet())) {
            violations.add("An update takes a JSON object of " + UPDATABLE);
            return new Reply(400, "application/json", "{\"detail\":\"Invalid update.\"}");
        }
        JsonObjectBuilder changed = Json.createObjectBuilder(held);
        changes.forEach(changed::add);
        JsonObject highlight = changed.build();
        highlights.put(id, highlight);
        updated++;
        return new Reply(200, "application/json", Json.createObjectBuilder(highlight).add("id", id).build().toString());
    }

    private static Reply notFound() {
        return new Reply(404, "application/json", "{\"detail\":\"Not found.\"}");
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
