package dev.earmark.exports.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Readwise's API v2 with a listener's access token ({@code Authorization: Token …}): the token's check
 * ({@code GET /api/v2/auth/}, 204 when valid) and snips sent as podcast highlights ({@code POST /api/v2/highlights/},
 * at most {@value #BATCH} a request), and a highlight changed ({@code PATCH /api/v2/highlights/{id}/}). Readwise
 * de-duplicates what is created by title, author, text and source URL (readwise.io/api_deets), not by
 * {@code highlight_url}: a snip whose words changed would become a second highlight, so it is updated by the id that the
 * create answered instead. That answer lists the books (episodes) with the ids of their highlights, not which is which;
 * so a request holds at most one highlight of a book ({@link #requests}) and each id is known.
 */
public final class ReadwiseClient {

    public static final String NAME = "Readwise";
    public static final int BATCH = 100;
    /** Readwise's limit of a highlight's text and note. */
    static final int TEXT_MAX = 8_191;
    static final int TITLE_MAX = 511;
    static final int AUTHOR_MAX = 1_024;
    static final int URL_MAX = 2_047;

    private final ServiceExchange exchange;

    /** @param exchange to Readwise's base ("https://readwise.io") with the token's header */
    public ReadwiseClient(ServiceExchange exchange) {
        this.exchange = exchange;
    }

    /** The header Readwise takes the token in. */
    public static String authorization(String token) {
        return "Token " + token;
    }

    /** @throws ExportFailure {@code exports.failure.invalidToken} when Readwise refuses the token */
    public void checkToken() throws ExportFailure, InterruptedException {
        HttpResponse<String> answer = exchange.send("GET", "/api/v2/auth/", null);
        if (answer.statusCode() == 204) {
            return;
        }
        throw answer.statusCode() == 403 ? ExportFailure.invalidToken(NAME) : exchange.refused(answer);
    }

    /**
     * Highlights in requests of at most {@value #BATCH}, none with two of the same book (title and author), in order.
     *
     * @param <T> what carries each highlight
     */
    public static <T> List<List<T>> requests(List<T> highlights, Function<T, JsonObject> json) {
        List<List<T>> requests = new ArrayList<>();
        List<Set<String>> books = new ArrayList<>();
        for (T highlight : highlights) {
            String book = book(json.apply(highlight));
            int request = 0;
            while (request < requests.size() && (requests.get(request).size() == BATCH || books.get(request).contains(book))) {
                request++;
            }
            if (request == requests.size()) {
                requests.add(new ArrayList<>());
                books.add(new HashSet<>());
            }
            requests.get(request).add(highlight);
            books.get(request).add(book);
        }
        return requests;
    }

    /**
     * Creates one request's highlights ({@link #highlight}; {@link #requests}: at most one of a book).
     *
     * @return Readwise's id of each, in order; null where its answer names none for the highlight's book
     */
    public List<Long> create(List<JsonObject> highlights) throws ExportFailure, InterruptedException {
        if (highlights.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " highlights a request: " + highlights.size());
        }
        JsonArrayBuilder all = Json.createArrayBuilder();
        highlights.forEach(all::add);
        HttpResponse<String> answer = exchange.send("POST", "/api/v2/highlights/",
                Json.createObjectBuilder().add("highlights", all).build().toString());
        if (answer.statusCode() / 100 != 2) {
            throw exchange.refused(answer);
        }
        Map<String, Long> idByBook = new HashMap<>();
        for (JsonValue book : readArray(answer.body())) {
            JsonObject modified = book.asJsonObject();
            JsonArray ids = modified.getJsonArray("modified_highlights");
            if (ids != null && ids.size() == 1 && ids.get(0) instanceof JsonNumber id) {
                idByBook.put(book(modified), id.longValue());
            }
        }
        return highlights.stream().map(highlight -> idByBook.get(book(highlight))).toList();
    }

    /**
     * Changes the highlight Readwise has under that id to this one's text, note and location (what its update takes).
     *
     * @return false when Readwise has no such highlight (deleted there): it is to be created again
     */
    public boolean update(long id, JsonObject highlight) throws ExportFailure, InterruptedException {
        JsonObjectBuilder changes = Json.createObjectBuilder().add("text", highlight.getString("text"))
                .add("note", highlight.getString("note", "")).add("location", highlight.getJsonNumber("location"));
        HttpResponse<String> answer = exchange.send("PATCH", "/api/v2/highlights/" + id + "/", changes.build().toString());
        if (answer.statusCode() == 404) {
            return false;
        }
        if (answer.statusCode() / 100 != 2) {
            throw exchange.refused(answer);
        }
        return true;
    }

    /** A book as Readwise tells them apart in its answer: title and author (the show). */
    private static String book(JsonObject highlight) {
        return highlight.getString("title", "") + "\n" + highlight.getString("author", "");
    }

    private static JsonArray readArray(String body) throws ExportFailure {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        } catch (JsonException | IllegalStateException notAnAnswer) {
            throw new ExportFailure("exports.failure.answer", NAME, "");
        }
    }

    /**
     * A snip as a podcast highlight: its words as the text (cut at a word to Readwise's {@value #TEXT_MAX}
     * characters), the episode as the title, the show as the author, takeaways and the listener's note as the note, the
     * start in seconds as a {@code time_offset}, the episode's page as the source, the snip's page as the highlight's
     * link.
     */
    public static JsonObject highlight(SnipExport snip) {
        String text = snip.excerpt().isBlank() ? snip.title() : snip.excerpt();
        JsonObjectBuilder highlight = Json.createObjectBuilder()
                .add("text", TextCut.atWord(text.strip(), TEXT_MAX))
                .add("title", TextCut.atWord(snip.episodeTitle(), TITLE_MAX))
                .add("author", TextCut.atWord(snip.showTitle(), AUTHOR_MAX))
                .add("source_type", "earmark")
                .add("category", "podcasts")
                .add("location", snip.startMillis() / 1000)
                .add("location_type", "time_offset")
                .add("highlighted_at", snip.savedAt().toString())
                .add("source_url", snip.episodeUrl())
                .add("highlight_url", snip.snipUrl());
        String note = note(snip);
        if (!note.isEmpty()) {
            highlight.add("note", TextCut.atWord(note, TEXT_MAX));
        }
        if (snip.artworkUrl() != null && snip.artworkUrl().length() <= URL_MAX) {
            highlight.add("image_url", snip.artworkUrl());
        }
        return highlight.build();
    }

    /** The takeaways as a list, then the listener's note. */
    static String note(SnipExport snip) {
        String takeaways = snip.takeaways().stream().map(takeaway -> "- " + takeaway).collect(Collectors.joining("\n"));
        String note = snip.note() == null ? "" : snip.note().strip();
        return takeaways.isEmpty() || note.isEmpty() ? takeaways + note : takeaways + "\n\n" + note;
    }
}
