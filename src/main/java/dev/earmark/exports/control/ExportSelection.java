package dev.earmark.exports.control;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Routes;
import dev.earmark.snips.boundary.SnipFilter;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which snips an export takes: My snips' filters ({@code show}, {@code episode}, {@code tag}, {@code q}) as they come
 * in the query of the export page and of the download, blank ones filtering nothing.
 */
public record ExportSelection(Long showId, Long episodeId, String tag, String text) implements Serializable {

    /**
     * @throws InvalidParameterException for an id that is no id. A tag or words that no snip could match (My snips
     *         takes them as typed) select nothing, as they do there.
     */
    public static ExportSelection of(String show, String episode, String tag, String text) {
        return new ExportSelection(id(show, "exports.error.show"), id(episode, "exports.error.episode"),
                blankToNull(tag), blankToNull(text));
    }

    public SnipFilter filter() {
        return new SnipFilter(showId, episodeId, tag, text);
    }

    /** The query that carries the selection to another address, "?show=7&tag=a%20b"; "" for all snips. */
    public String query() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("show", showId);
        parameters.put("episode", episodeId);
        parameters.put("tag", tag);
        parameters.put("q", text);
        String query = parameters.entrySet().stream().filter(parameter -> parameter.getValue() != null)
                .map(parameter -> parameter.getKey() + "="
                        + URLEncoder.encode(parameter.getValue().toString(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The app path of My snips with the same filters. */
    public String snipsPath() {
        return Routes.Route.SNIPS_PAGE.path() + query();
    }

    public boolean isFiltered() {
        return showId != null || episodeId != null || tag != null || text != null;
    }

    private static Long id(String value, String errorKey) {
        String id = blankToNull(value);
        if (id == null) {
            return null;
        }
        if (!id.matches(Routes.ID)) {
            throw new InvalidParameterException(errorKey, id);
        }
        return Long.valueOf(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
