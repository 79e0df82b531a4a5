package dev.earmark.exports.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Readwise's API v2 with a listener's access token ({@code Authorization: Token …}): the token's check
 * ({@code GET /api/v2/auth/}, 204 when valid) and snips sent as podcast highlights ({@code POST /api/v2/highlights/},
 * at most {@value #BATCH} a request). Readwise finds a highlight again by its {@code highlight_url}, so a snip sent
 * again updates its highlight instead of adding one.
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

    /** One request of at most {@value #BATCH} highlights ({@link #highlight}). */
    public void send(List<JsonObject> highlights) throws ExportFailure, InterruptedException {
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
