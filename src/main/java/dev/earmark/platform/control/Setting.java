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
    SEARCH_INDEX_DIR("earmark.search-index-dir"),
    TRANSCRIPTION_ENGINE("earmark.transcription.engine"),
    TRANSCRIPTION_JOBS_PER_SERVER("earmark.transcription.jobs-per-server"),
    TRANSCRIPTION_SERVICE_URL("earmark.transcription.service-url"),
    TRANSCRIPTION_SERVICE_MODEL("earmark.transcription.service-model"),
    TRANSCRIPTION_SERVICE_TIMEOUT("earmark.transcription.service-timeout"),
    /** A secret: only from the environment, as system properties show in the server's configuration and logs. */
    TRANSCRIPTION_SERVICE_KEY("earmark.transcription.service-key", true),
    SUMMARY_SERVICE_URL("earmark.summary.service-url"),
    SUMMARY_MODEL("earmark.summary.model"),
    SUMMARY_TIMEOUT("earmark.summary.timeout"),
    /** A secret, as the transcription service's key. */
    SUMMARY_SERVICE_KEY("earmark.summary.service-key", true),
    HIGHLIGHTS_MIN_LISTENERS("earmark.highlights.min-listeners"),
    /** A secret: the key that encrypts listeners' Readwise and Notion tokens at rest. */
    EXPORT_KEY("earmark.export-key", true),
    READWISE_BASE_URL("earmark.readwise.base-url"),
    NOTION_BASE_URL("earmark.notion.base-url"),
    FEEDS_ALLOWED_HOSTS("earmark.feeds.allowed-hosts"),
    INSIGHTS("earmark.insights"),
    INSIGHTS_RETENTION_DAYS("earmark.insights.retention-days"),
    INSIGHTS_DAILY_CAP("earmark.insights.daily-cap");

    private final String property;
    private final boolean environmentOnly;

    Setting(String property) {
        this(property, false);
    }

    Setting(String property, boolean environmentOnly) {
        this.property = property;
        this.environmentOnly = environmentOnly;
    }

    public String property() {
        return property;
    }

    /** Whether only the environment variable sets it: the value is a secret, shown nowhere. */
    public boolean environmentOnly() {
        return environmentOnly;
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
