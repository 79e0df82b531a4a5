package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.platform.control.Settings.Problem;
import dev.earmark.platform.control.Settings.Source;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Settings read from system properties, which each test sets and clears, and from an environment of the test's own:
 * the machine's may well set Earmark's variables.
 */
class SettingsTest {

    private final Map<String, String> environment = new HashMap<>();
    private final Settings settings = new Settings(System::getProperty, environment::get);

    @AfterEach
    void clearProperties() {
        for (Setting setting : Setting.values()) {
            System.clearProperty(setting.property());
        }
    }

    @Test
    void defaultsWhenNothingIsSet() {
        assertTrue(settings.anonymousBrowsing());
        assertFalse(settings.demoContent());
        assertEquals(Set.of(), settings.embedOrigins());
        assertEquals(ZoneId.of("UTC"), settings.displayZone());
        assertEquals(500L * 1024 * 1024, settings.maxAudioBytes());
        assertTrue(settings.configured(Setting.DISPLAY_ZONE).isEmpty());
        for (Setting setting : Setting.values()) {
            assertEquals(Optional.empty(), settings.problem(setting), setting.property());
        }
    }

    @Test
    void usableValuesAreUsedAndSaySoWithoutProblems() {
        System.setProperty("earmark.anonymous-browsing", " FALSE ");
        System.setProperty("earmark.embed-origins", "https://portal.example.com/, http://localhost:8765");
        System.setProperty("earmark.display-zone", "Europe/Berlin");
        System.setProperty("earmark.media-dir", "/srv/earmark");
        System.setProperty("earmark.max-audio-bytes", "1048576");

        assertFalse(settings.anonymousBrowsing());
        assertEquals(Set.of("https://portal.example.com", "http://localhost:8765"), settings.embedOrigins());
        assertEquals(ZoneId.of("Europe/Berlin"), settings.displayZone());
        assertEquals(Path.of("/srv/earmark"), settings.mediaDirectory());
        assertEquals(1_048_576, settings.maxAudioBytes());
        assertEquals(Source.SYSTEM_PROPERTY, settings.configured(Setting.DISPLAY_ZONE).orElseThrow().source());
        for (Setting setting : Setting.values()) {
            assertEquals(Optional.empty(), settings.problem(setting), setting.property());
        }
    }

    @Test
    void unusableValuesKeepTheDefaultAndNameTheProblem() {
        System.setProperty("earmark.anonymous-browsing", "yes");
        System.setProperty("earmark.display-zone", "Mars/Olympus");
        System.setProperty("earmark.media-dir", "relative/media");
        System.setProperty("earmark.max-audio-bytes", "500MB");

        assertTrue(settings.anonymousBrowsing(), "not read as false");
        assertEquals(ZoneId.of("UTC"), settings.displayZone());
        assertTrue(settings.mediaDirectory().isAbsolute());
        assertEquals(500L * 1024 * 1024, settings.maxAudioBytes());
        assertEquals(Optional.of(new Problem("settings.error.flag", "yes")), settings.problem(Setting.ANONYMOUS_BROWSING));
        assertEquals(Optional.of(new Problem("settings.error.zone", "Mars/Olympus")), settings.problem(Setting.DISPLAY_ZONE));
        assertEquals(Optional.of(new Problem("settings.error.directory", "relative/media")), settings.problem(Setting.MEDIA_DIR));
        assertEquals(Optional.of(new Problem("settings.error.bytes", "500MB")), settings.problem(Setting.MAX_AUDIO_BYTES));
    }

    @Test
    void anOriginWithMoreThanSchemeHostAndPortIsLeftOutOfTheHeaders() {
        System.setProperty("earmark.embed-origins", "https://ok.example.com,https://a.example.com; script-src *,portal.example.com");

        assertEquals(Set.of("https://ok.example.com"), settings.embedOrigins());
        assertEquals(Optional.of(new Problem("settings.error.origins", "https://a.example.com; script-src *, portal.example.com")),
                settings.problem(Setting.EMBED_ORIGINS));
    }

    @Test
    void aBaseUrlIsAnOriginWithAnOptionalPathAndNothingElse() {
        for (String usable : List.of("https://podcasts.example.com", "http://intranet:8080/earmark/",
                "https://podcasts.example.com/apps/earmark")) {
            System.setProperty("earmark.base-url", usable);
            assertEquals(Optional.of(URI.create(usable)), settings.baseUrl(), usable);
            assertEquals(Optional.empty(), settings.problem(Setting.BASE_URL), usable);
        }
        for (String unusable : List.of("podcasts.example.com/earmark", "ftp://podcasts.example.com", "//podcasts.example.com",
                "https://podcasts.example.com/earmark?x=1", "https://podcasts.example.com/earmark#top",
                "https://user@podcasts.example.com", "https://podcasts.example.com/../admin", "https://podcasts.example.com/a/./b",
                "https://podcasts.example.com//earmark", "https://podcasts.example.com/a b", "https://podcasts.example.com/%2e%2e",
                "javascript:alert(1)")) {
            System.setProperty("earmark.base-url", unusable);
            assertEquals(Optional.empty(), settings.baseUrl(), unusable);
            assertEquals(Optional.of(new Problem("settings.error.url", unusable)), settings.problem(Setting.BASE_URL), unusable);
        }
    }

    @Test
    void environmentVariablesApplyWhereNoSystemPropertyIsSet() {
        environment.put("EARMARK_EMBED_ORIGINS", " https://portal.example.com ");
        environment.put("EARMARK_DISPLAY_ZONE", "Europe/Berlin");
        System.setProperty("earmark.display-zone", "Europe/Paris");

        assertEquals(Set.of("https://portal.example.com"), settings.embedOrigins());
        assertEquals(Source.ENVIRONMENT, settings.configured(Setting.EMBED_ORIGINS).orElseThrow().source());
        assertEquals(ZoneId.of("Europe/Paris"), settings.displayZone());
        assertEquals(Source.SYSTEM_PROPERTY, settings.configured(Setting.DISPLAY_ZONE).orElseThrow().source());
    }

    @Test
    void environmentVariablesAreTheNamesInUpperCaseEvenInATurkishLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertEquals("EARMARK_MEDIA_DIR", Setting.MEDIA_DIR.environmentVariable());
            assertEquals("EARMARK_MAX_AUDIO_BYTES", Setting.MAX_AUDIO_BYTES.environmentVariable());
        } finally {
            Locale.setDefault(before);
        }
    }
    @Test
    void transcriptionSettingsHaveDefaultsAndRefuseWhatCannotBeUsed() {
        assertEquals("pocketsphinx", settings.transcriptionEngine());
        assertEquals(1, settings.transcriptionJobsPerServer());
        assertEquals(Optional.of(URI.create("https://api.openai.com")), settings.findTranscriptionServiceUrl());
        assertEquals("whisper-1", settings.transcriptionServiceModel());
        assertEquals(Duration.ofMinutes(15), settings.transcriptionServiceTimeout());

        System.setProperty("earmark.transcription.engine", "OpenAI");
        System.setProperty("earmark.transcription.jobs-per-server", "0");
        System.setProperty("earmark.transcription.service-url", "http://whisper.intranet:8080/");
        System.setProperty("earmark.transcription.service-model", "Systran/faster-whisper-small");
        System.setProperty("earmark.transcription.service-timeout", "90");
        assertEquals("openai", settings.transcriptionEngine());
        assertEquals(0, settings.transcriptionJobsPerServer());
        assertEquals(Optional.of(URI.create("http://whisper.intranet:8080/")), settings.findTranscriptionServiceUrl());
        assertEquals("Systran/faster-whisper-small", settings.transcriptionServiceModel());
        assertEquals(Duration.ofSeconds(90), settings.transcriptionServiceTimeout());

        System.setProperty("earmark.transcription.engine", "whisper");
        System.setProperty("earmark.transcription.jobs-per-server", "17");
        System.setProperty("earmark.transcription.service-timeout", "0");
        System.setProperty("earmark.transcription.service-model", "a model");
        System.setProperty("earmark.transcription.service-url", "http://whisper_cpp:8080");
        assertEquals(Optional.empty(), settings.findTranscriptionServiceUrl(), "never OpenAI's instead of the site's own");
        assertEquals("pocketsphinx", settings.transcriptionEngine());
        assertEquals(1, settings.transcriptionJobsPerServer());
        assertEquals(Duration.ofMinutes(15), settings.transcriptionServiceTimeout());
        assertEquals("whisper-1", settings.transcriptionServiceModel());
        assertEquals(Optional.of(new Problem("settings.error.engine", "whisper")), settings.problem(Setting.TRANSCRIPTION_ENGINE));
        assertEquals(Optional.of(new Problem("settings.error.jobs", "17")), settings.problem(Setting.TRANSCRIPTION_JOBS_PER_SERVER));
        assertEquals(Optional.of(new Problem("settings.error.seconds", "0")), settings.problem(Setting.TRANSCRIPTION_SERVICE_TIMEOUT));
        assertEquals(Optional.of(new Problem("settings.error.model", "a model")), settings.problem(Setting.TRANSCRIPTION_SERVICE_MODEL));
    }

    @Test
    void highlightsNeedThreeListenersUnlessSetToTwoOrMoreNeverToOne() {
        assertEquals(3, settings.highlightMinListeners());

        System.setProperty("earmark.highlights.min-listeners", "5");
        assertEquals(5, settings.highlightMinListeners());
        environment.put("EARMARK_HIGHLIGHTS_MIN_LISTENERS", "2");
        assertEquals(5, settings.highlightMinListeners(), "the property wins");
        System.clearProperty("earmark.highlights.min-listeners");
        assertEquals(2, settings.highlightMinListeners());

        for (String refused : List.of("1", "0", "-3", "three", "99999999999")) {
            environment.put("EARMARK_HIGHLIGHTS_MIN_LISTENERS", refused);
            assertEquals(3, settings.highlightMinListeners(), "a single snip is never shown: " + refused);
            assertEquals(Optional.of(new Problem("settings.error.minListeners", refused)),
                    settings.problem(Setting.HIGHLIGHTS_MIN_LISTENERS));
        }
    }

    @Test
    void theServiceKeyComesFromTheEnvironmentOnly() {
        System.setProperty("earmark.transcription.service-key", "from-a-property");
        assertEquals(Optional.empty(), settings.transcriptionServiceKey(), "a system property shows in the server's configuration");

        environment.put("EARMARK_TRANSCRIPTION_SERVICE_KEY", "sk-secret");
        assertEquals(Optional.of("sk-secret"), settings.transcriptionServiceKey());
        assertEquals(Optional.empty(), settings.problem(Setting.TRANSCRIPTION_SERVICE_KEY));
    }

    @Test
    void theSummaryServiceIsOffUntilAUsableAddressAndModelAreSet() {
        assertEquals(Optional.empty(), settings.findSummaryServiceUrl());
        assertEquals(Optional.empty(), settings.findSummaryModel());
        assertFalse(settings.summariesByModel());
        assertEquals(Duration.ofSeconds(60), settings.summaryTimeout());

        System.setProperty("earmark.summary.service-url", "http://ollama.intranet:11434/v1");
        assertFalse(settings.summariesByModel(), "no model yet");
        assertEquals(Optional.of(new Problem("settings.error.summaryModelMissing", "earmark.summary.model")),
                settings.problem(Setting.SUMMARY_SERVICE_URL));

        System.setProperty("earmark.summary.model", "llama3.1:8b");
        System.setProperty("earmark.summary.timeout", "20");
        assertTrue(settings.summariesByModel());
        assertEquals(Optional.of(URI.create("http://ollama.intranet:11434/v1")), settings.findSummaryServiceUrl());
        assertEquals(Optional.of("llama3.1:8b"), settings.findSummaryModel());
        assertEquals(Duration.ofSeconds(20), settings.summaryTimeout());
        for (Setting setting : Setting.values()) {
            assertEquals(Optional.empty(), settings.problem(setting), setting.property());
        }

        System.setProperty("earmark.summary.service-url", "ollama:11434");
        System.setProperty("earmark.summary.model", "llama 3");
        System.setProperty("earmark.summary.timeout", "-1");
        assertFalse(settings.summariesByModel());
        assertEquals(Duration.ofSeconds(60), settings.summaryTimeout());
        assertEquals(Optional.of(new Problem("settings.error.url", "ollama:11434")), settings.problem(Setting.SUMMARY_SERVICE_URL));
        assertEquals(Optional.of(new Problem("settings.error.model", "llama 3")), settings.problem(Setting.SUMMARY_MODEL));
        assertEquals(Optional.of(new Problem("settings.error.seconds", "-1")), settings.problem(Setting.SUMMARY_TIMEOUT));
    }

    @Test
    void theSummaryServiceKeyComesFromTheEnvironmentOnly() {
        System.setProperty("earmark.summary.service-key", "from-a-property");
        assertEquals(Optional.empty(), settings.summaryServiceKey());

        environment.put("EARMARK_SUMMARY_SERVICE_KEY", "sk-summary");
        assertEquals(Optional.of("sk-summary"), settings.summaryServiceKey());
        assertEquals(Optional.empty(), settings.problem(Setting.SUMMARY_SERVICE_KEY));
    }

    @Test
    void theExportKeyIsBase64Of32BytesFromTheEnvironmentOnlyAndTheServicesHaveTheirPublicAddresses() {
        assertEquals(Optional.empty(), settings.exportKey());
        assertEquals(URI.create("https://readwise.io"), settings.readwiseBaseUrl());
        assertEquals(URI.create("https://api.notion.com"), settings.notionBaseUrl());

        System.setProperty("earmark.export-key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertEquals(Optional.empty(), settings.exportKey(), "a secret is no system property");
        environment.put("EARMARK_EXPORT_KEY", "c2hvcnQ=");
        assertEquals(Optional.empty(), settings.exportKey(), "5 bytes are no key");
        assertEquals(Optional.empty(), settings.problem(Setting.EXPORT_KEY), "a secret is never quoted as a problem");
        environment.put("EARMARK_EXPORT_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertEquals(Optional.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), settings.exportKey());

        System.setProperty("earmark.readwise.base-url", "http://127.0.0.1:8123/");
        System.setProperty("earmark.notion.base-url", "notion");
        assertEquals(URI.create("http://127.0.0.1:8123/"), settings.readwiseBaseUrl());
        assertEquals(URI.create("https://api.notion.com"), settings.notionBaseUrl(), "an unusable address keeps the default");
        assertEquals(Optional.of(new Problem("settings.error.url", "notion")), settings.problem(Setting.NOTION_BASE_URL));
    }

    @Test
    void feedsAllowedHostsTakeNamesPortsAddressesAndBlocksAndNameTheRest() {
        assertEquals("", settings.feedsAllowedHosts());
        System.setProperty("earmark.feeds.allowed-hosts", "feeds.intranet, media.intranet:8080, 10.1.0.0/16, 10.2.3.4:443,"
                + " [fd00::5]:8443, fd01::/64");
        assertEquals(Optional.empty(), settings.problem(Setting.FEEDS_ALLOWED_HOSTS));
        assertEquals("feeds.intranet, media.intranet:8080, 10.1.0.0/16, 10.2.3.4:443, [fd00::5]:8443, fd01::/64",
                settings.feedsAllowedHosts());

        System.setProperty("earmark.feeds.allowed-hosts", "feeds.intranet, http://x/, a b");
        assertEquals(Optional.of(new Problem("settings.error.allowedHosts", "http://x/, a b")),
                settings.problem(Setting.FEEDS_ALLOWED_HOSTS));
    }

    @Test
    void insightsAreOnAndKeepThirtyDaysAndAHundredThousandEventsUnlessSetOtherwise() {
        assertEquals(true, settings.insights());
        assertEquals(Duration.ofDays(30), settings.insightsRetention());
        assertEquals(100_000, settings.insightsDailyCap());

        System.setProperty("earmark.insights", "false");
        System.setProperty("earmark.insights.retention-days", "7");
        System.setProperty("earmark.insights.daily-cap", "5000");
        assertEquals(false, settings.insights());
        assertEquals(Duration.ofDays(7), settings.insightsRetention());
        assertEquals(5000, settings.insightsDailyCap());

        System.setProperty("earmark.insights", "no");
        System.setProperty("earmark.insights.retention-days", "0");
        System.setProperty("earmark.insights.daily-cap", "999");
        assertEquals(true, settings.insights(), "an unusable value keeps the default");
        assertEquals(Duration.ofDays(30), settings.insightsRetention());
        assertEquals(100_000, settings.insightsDailyCap());
        assertEquals(Optional.of(new Problem("settings.error.flag", "no")), settings.problem(Setting.INSIGHTS));
        assertEquals(Optional.of(new Problem("settings.error.retentionDays", "0")),
                settings.problem(Setting.INSIGHTS_RETENTION_DAYS));
        assertEquals(Optional.of(new Problem("settings.error.dailyCap", "999")), settings.problem(Setting.INSIGHTS_DAILY_CAP));
    }
}
