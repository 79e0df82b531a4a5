package dev.earmark.platform.control;

import java.util.Locale;

/**
 * Earmark's settings by name. Each is a system property or, failing that, an environment variable
 * of the same name in upper case with underscores ({@code earmark.media-dir} → {@code EARMARK_MEDIA_DIR}).
 */
public enum Setting {

    DEMO_CONTENT("earmark.demo-content"),
    ANONYMOUS_BROWSING("earmark.anonymous-browsing"),
    EMBED_ORIGINS("earmark.embed-origins"),
    DISPLAY_ZONE("earmark.display-zone"),
    MEDIA_DIR("earmark.media-dir"),
    MAX_AUDIO_BYTES("earmark.max-audio-bytes"),
    BASE_URL("earmark.base-url"),
    SECURE_COOKIES("earmark.secure-cookies"),
    SEARCH_INDEX_DIR("earmark.search-index-dir");

    private final String property;

    Setting(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }

    /** Locale.ROOT: in a Turkish locale "media" would become "MEDİA" and the variable never be found. */
    public String environmentVariable() {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The bundle's key stem for this setting's name and explanation: settings.{key}.name / .help */
    public String key() {
        return property.substring(property.indexOf('.') + 1);
    }
}
