package dev.earmark.testing.cluster;

import dev.earmark.testing.server.WebClient;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new episode saved through the curation's episode editor (admin/episode.xhtml) as a browser posts it: the page's
 * view state, the fields and an audio file in one multipart request, the file streamed as it is read.
 */
public final class EpisodeEditorForm {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private EpisodeEditorForm() {
    }

    /**
     * The save of a new published episode of a show, with {@code audioLength} bytes of audio; the answer to it is the
     * editor again. With a Content-Length, as browsers send forms (a balancer speaking AJP to the nodes cannot pass
     * a chunked body on).
     */
    public static HttpRequest.Builder newEpisode(WebClient curator, String showSlug, String title, String fileName,
            long audioLength, Supplier<InputStream> audio) {
        String page = curator.get("admin/episode.xhtml?show=" + showSlug, "text/html").body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("no view state in the episode editor:\n" + page);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("editor", "editor");
        fields.put("editor:title", title);
        fields.put("editor:episodeType", "FULL");
        fields.put("editor:status", "PUBLISHED");
        for (String empty : List.of("slug", "season", "number", "publishedAt", "description", "summary", "topics",
                "chapterText", "audioUrl")) {
            fields.put("editor:" + empty, "");
        }
        fields.put("editor:save", "Save");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        String boundary = "earmark-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"editor:transcript\"; filename=\"\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n\r\n");
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"editor:audio\"; filename=\"").append(fileName)
                .append("\"\r\nContent-Type: audio/ogg\r\n\r\n");
        byte[] before = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return curator.request("admin/episode.xhtml")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(before),
                                audio.get(), new ByteArrayInputStream(after))))),
                        before.length + audioLength + after.length));
    }
}
