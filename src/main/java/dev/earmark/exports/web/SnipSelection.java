package dev.earmark.exports.web;

import dev.earmark.exports.entity.ServiceConnection;
import dev.earmark.platform.control.Routes;
import dev.earmark.snips.boundary.SnipFilter;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The snips the export page sends: My snips' filters as the page's query ({@code show}, {@code episode}, {@code tag},
 * {@code q}). A parameter that is no id counts as none, and a text is cut to what a sync stores, as a filter link has
 * nothing to correct.
 */
public record SnipSelection(Long show, Long episode, String tag, String q) implements Serializable {

    public static SnipSelection of(Map<String, String> query) {
        return new SnipSelection(id(query.get("show")), id(query.get("episode")),
                text(query.get("tag"), ServiceConnection.TAG_MAX), text(query.get("q"), ServiceConnection.TEXT_MAX));
    }

    public SnipFilter filter() {
        return new SnipFilter(show, episode, tag, q);
    }

    /** The app path of My snips with the same filters. */
    public String snipsPath() {
        StringBuilder query = new StringBuilder();
        append(query, "show", show == null ? null : show.toString());
        append(query, "episode", episode == null ? null : episode.toString());
        append(query, "tag", tag);
        append(query, "q", q);
        return Routes.Route.SNIPS_PAGE.path() + query;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Long id(String value) {
        return value != null && value.strip().matches(Routes.ID) ? Long.valueOf(value.strip()) : null;
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
