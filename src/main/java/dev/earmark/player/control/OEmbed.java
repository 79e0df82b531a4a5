package dev.earmark.player.control;

import dev.earmark.platform.control.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An oEmbed answer (oembed.com, type "rich") for an Earmark page: the player as an iframe, sized
 * to the consumer's maxwidth/maxheight. Renders as JSON (through JSON-B, as a map) or XML.
 */
public record OEmbed(String title, String authorName, String providerName, String providerUrl, String embedUrl,
        String iframeTitle, int width, int height) {

    /** How long consumers may cache an answer, in seconds. */
    static final int CACHE_AGE = 3600;

    /** The default size shrunk to what the consumer allows; a player is never larger than asked. */
    public static OEmbed sized(String title, String authorName, String providerName, String providerUrl,
            String embedUrl, String iframeTitle, int defaultHeight, OptionalInt maxWidth, OptionalInt maxHeight) {
        int width = Math.min(EmbedSnippets.WIDTH, maxWidth.orElse(Integer.MAX_VALUE));
        int height = Math.min(defaultHeight, maxHeight.orElse(Integer.MAX_VALUE));
        return new OEmbed(title, authorName, providerName, providerUrl, embedUrl, iframeTitle, width, height);
    }

    public String html() {
        return EmbedSnippets.iframe(embedUrl, iframeTitle, width, height);
    }

    /** The answer's fields in the spec's names and order; absent optional fields are left out. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", "1.0");
        fields.put("type", "rich");
        fields.put("title", title);
        if (authorName != null && !authorName.isBlank()) {
            fields.put("author_name", authorName);
        }
        fields.put("provider_name", providerName);
        fields.put("provider_url", providerUrl);
        fields.put("cache_age", CACHE_AGE);
        fields.put("html", html());
        fields.put("width", width);
        fields.put("height", height);
        return fields;
    }

    public String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<oembed>\n");
        fields().forEach((name, value) -> xml.append("  <").append(name).append('>')
                .append(EmbedSnippets.attribute(String.valueOf(value))).append("</").append(name).append(">\n"));
        return xml.append("</oembed>\n").toString();
    }

    /** A maxwidth/maxheight parameter: absent, or a positive whole number. */
    public static OptionalInt dimension(String name, String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed > 0) {
                return OptionalInt.of(parsed);
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like zero
        }
        throw new InvalidParameterException("error.oembed.dimension", name, value);
    }
}
