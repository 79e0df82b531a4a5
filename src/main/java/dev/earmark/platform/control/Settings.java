package dev.earmark.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Earmark's settings, set by the server's own means: a system property (WildFly
 * {@code /system-property=…}, Payara {@code create-system-properties}) or an environment variable
 * (see {@link Setting}). They are read when used, so a changed system property applies at once.
 * A value that cannot be used is not fatal: Earmark keeps the default, logs the problem at start
 * and shows it on the admins' settings page. See server-config/README.md for the list.
 */
@ApplicationScoped
public class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    /** Scheme, host and an optional port, nothing else: the value goes into CSP and CORS headers as it is. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    /** An origin and a path of plain segments, none of them a dot segment: no query, no fragment, no user. */
    private static final Pattern BASE_URL = Pattern.compile(ORIGIN.pattern() + "(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?");

    /** An entry of earmark.feeds.allowed-hosts; the feeds feature parses it (AllowList) and reads it the same way. */
    private static final Pattern ALLOWED_HOST = Pattern.compile(
            "(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?"
            + "|(\\d{1,3}\\.){3}\\d{1,3}(/\\d{1,2}|:[0-9]{1,5})?"
            + "|\\[[0-9a-f:.]+\\](:[0-9]{1,5})?|[0-9a-f:.]*:[0-9a-f:.]*(/\\d{1,3})?");

    /** The values of earmark.transcription.engine, the default first. */
    public static final List<String> TRANSCRIPTION_ENGINES = List.of("pocketsphinx", "openai");
    /** The least number of listeners of a highlight: with fewer, one listener's snip could be told from it. */
    public static final int MIN_HIGHLIGHT_LISTENERS = 2;
    /** More jobs at once than a server has cores gains nothing: PocketSphinx keeps one core busy. */
    static final int MAX_JOBS_PER_SERVER = 16;
    /** A model's name as services spell them ("whisper-1", "Systran/faster-whisper-small", "ggml-base.en.bin"). */
    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");

    /** The most days raw listening and download events may be kept: about ten years. */
    static final long MAX_RETENTION_DAYS = 3650;
    /** Fewer events a day than this would refuse an ordinary day's listening of a popular episode. */
    static final long MIN_DAILY_CAP = 1000;

    /** AES-256. */
    public static final int EXPORT_KEY_BYTES = 32;

    public enum Source { SYSTEM_PROPERTY, ENVIRONMENT }

    public record Configured(String value, Source source) {
    }

    /** Why a value cannot be used: a bundle key and the text at fault. */
    public record Problem(String messageKey, String subject) {
    }

    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    /** Settings as the server sets them: its system properties and its environment. */
    public Settings() {
        this(System::getProperty, System::getenv);
    }

    /** Settings from other sources, such as a test's, which must not depend on the machine it runs on. */
    Settings(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** Load the demo show when the database is empty. Off unless a server turns it on. */
    public boolean demoContent() {
        return flag(Setting.DEMO_CONTENT).orElse(false);
    }

    /** Whether people who have not signed in may browse the catalogue and play episodes (on by default). */
    public boolean anonymousBrowsing() {
        return flag(Setting.ANONYMOUS_BROWSING).orElse(true);
    }

    /**
     * The portal origins that may embed the player ("https://portal.example.com"), comma-separated:
     * they may frame the embed pages and read the player's data (CORS). Empty: embedding only on
     * Earmark itself. Entries that are not origins are left out.
     */
    public Set<String> embedOrigins() {
        return originEntries().stream().filter(Settings::isOrigin)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the text is an origin as earmark.embed-origins takes them: scheme, host and an optional port. */
    public static boolean isOrigin(String text) {
        return ORIGIN.matcher(text).matches();
    }

    /** The time zone in which dates are shown to listeners. */
    public ZoneId displayZone() {
        return zone().orElse(ZoneId.of("UTC"));
    }

    /**
     * Where uploaded and demo media files live (a shared volume when clustered). Default: a folder
     * "earmark-media" in the server's own data directory.
     */
    public Path mediaDirectory() {
        return directory(Setting.MEDIA_DIR).orElseGet(() -> serverDataDirectory().resolve("earmark-media"));
    }

    /**
     * Where this server keeps its search index when the database is H2 (PostgreSQL searches itself): its own folder,
     * never shared. Default: a folder "earmark-search" in the server's own data directory.
     */
    public Path searchIndexDirectory() {
        return directory(Setting.SEARCH_INDEX_DIR).orElseGet(() -> serverDataDirectory().resolve("earmark-search"));
    }

    /** The largest audio upload accepted, in bytes (default 500 MiB). */
    public long maxAudioBytes() {
        return byteCount().orElse(500L * 1024 * 1024);
    }

    /**
     * Where listeners reach Earmark ("https://podcasts.example.com/earmark"): the base of every link, above all of
     * those that leave the site (oEmbed, link previews, the API, embed snippets). Empty: each request's own address,
     * which its Host header names.
     */
    public Optional<URI> baseUrl() {
        return configured(Setting.BASE_URL).map(Configured::value)
                .filter(value -> BASE_URL.matcher(value).matches())
                .map(URI::create);
    }

    /**
     * Whether the session cookie is always marked Secure. Without it the cookie is Secure exactly when the
     * request came over HTTPS as the server sees it; a TLS proxy that does not tell the server so needs this on.
     */
    public boolean secureCookies() {
        return flag(Setting.SECURE_COOKIES).orElse(false);
    }

    /**
     * Which engine transcribes: "pocketsphinx" (built in, the default) or "openai" (an OpenAI-compatible service at
     * {@link #findTranscriptionServiceUrl()}).
     */
    public String transcriptionEngine() {
        return transcriptionEngineChoice().orElse(TRANSCRIPTION_ENGINES.get(0));
    }

    /** How many transcription jobs this server runs at once (default 1); 0: it runs none, others in the cluster do. */
    public int transcriptionJobsPerServer() {
        return jobsPerServer().orElse(1);
    }

    /**
     * Where the OpenAI-compatible transcription service is, without its path {@code v1/audio/transcriptions}: OpenAI's
     * when none is configured; none when the configured one is unusable, as audio and key meant for a server of the
     * site's own must never go to another because of a typo.
     */
    public Optional<URI> findTranscriptionServiceUrl() {
        Optional<String> configured = configured(Setting.TRANSCRIPTION_SERVICE_URL).map(Configured::value);
        if (configured.isEmpty()) {
            return Optional.of(URI.create("https://api.openai.com"));
        }
        return configured.filter(value -> BASE_URL.matcher(value).matches()).map(URI::create);
    }

    /** The model the service is asked for (default "whisper-1", OpenAI's name; local servers often ignore it). */
    public String transcriptionServiceModel() {
        return configured(Setting.TRANSCRIPTION_SERVICE_MODEL).map(Configured::value)
                .filter(value -> MODEL.matcher(value).matches()).orElse("whisper-1");
    }

    /** How long the service may take to answer (default 15 minutes: it transcribes a whole episode first). */
    public Duration transcriptionServiceTimeout() {
        return seconds(Setting.TRANSCRIPTION_SERVICE_TIMEOUT).orElse(Duration.ofMinutes(15));
    }

    /** The service's key, from the environment only; never shown, never logged. */
    public Optional<String> transcriptionServiceKey() {
        return configured(Setting.TRANSCRIPTION_SERVICE_KEY).map(Configured::value);
    }

    /**
     * Where the OpenAI-compatible chat-completions service that writes snips' titles and takeaways is: its base, with or
     * without a last {@code /v1}. None by default, and none when the configured one is unusable: snips then keep the
     * built-in extractive summary.
     */
    public Optional<URI> findSummaryServiceUrl() {
        return configured(Setting.SUMMARY_SERVICE_URL).map(Configured::value)
                .filter(value -> BASE_URL.matcher(value).matches()).map(URI::create);
    }

    /** The model the summary service is asked for; none by default, as no name is right for every service. */
    public Optional<String> findSummaryModel() {
        return configured(Setting.SUMMARY_MODEL).map(Configured::value).filter(value -> MODEL.matcher(value).matches());
    }

    /** Whether a usable service and model are set, so that new snips' summaries are asked of the model. */
    public boolean summariesByModel() {
        return findSummaryServiceUrl().isPresent() && findSummaryModel().isPresent();
    }

    /** How long one request to the summary service may take (default 60 seconds: a local model on CPU is slow). */
    public Duration summaryTimeout() {
        return seconds(Setting.SUMMARY_TIMEOUT).orElse(Duration.ofSeconds(60));
    }

    /** The summary service's key, from the environment only; never shown, never logged. */
    public Optional<String> summaryServiceKey() {
        return configured(Setting.SUMMARY_SERVICE_KEY).map(Configured::value);
    }

    /**
     * How many listeners at least must have saved a moment for it to be one of an episode's highlights (default 3).
     * Values below {@value #MIN_HIGHLIGHT_LISTENERS} are refused, so that no single listener's snip is ever shown.
     */
    public int highlightMinListeners() {
        return minListeners().orElse(3);
    }

    /**
     * The key that encrypts listeners' Readwise and Notion tokens (Base64 of 32 bytes), from the environment only;
     * never shown, never logged. Empty without a usable one (then listeners cannot connect).
     */
    public Optional<String> exportKey() {
        return configured(Setting.EXPORT_KEY).map(Configured::value).filter(Settings::isKeyOf32Bytes);
    }

    private static boolean isKeyOf32Bytes(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length == EXPORT_KEY_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Where Readwise's API is (default https://readwise.io; an unusable value keeps it). */
    public URI readwiseBaseUrl() {
        return serviceBaseUrl(Setting.READWISE_BASE_URL, "https://readwise.io");
    }

    /** Where Notion's API is (default https://api.notion.com; an unusable value keeps it). */
    public URI notionBaseUrl() {
        return serviceBaseUrl(Setting.NOTION_BASE_URL, "https://api.notion.com");
    }

    private URI serviceBaseUrl(Setting setting, String defaultUrl) {
        return URI.create(configured(setting).map(Configured::value)
                .filter(value -> BASE_URL.matcher(value).matches()).orElse(defaultUrl));
    }

    /**
     * Every setting's configured value but the secrets' ("" for none), in a fixed order: what a validator digests so
     * that an answer made under other settings never revalidates. A secret is left out: a digest that anyone may read
     * would let them test guesses of it offline, and no answer depends on a key.
     */
    public List<String> configuredValues() {
        return Arrays.stream(Setting.values())
                .filter(setting -> !setting.environmentOnly())
                .map(setting -> configured(setting).map(Configured::value).orElse(""))
                .toList();
    }

    /**
     * What the server says for a setting, if anything: a system property wins over the environment. A secret is only
     * read from the environment.
     */
    public Optional<Configured> configured(Setting setting) {
        String property = setting.environmentOnly() ? null : systemProperties.apply(setting.property());
        if (property != null && !property.isBlank()) {
            return Optional.of(new Configured(property.strip(), Source.SYSTEM_PROPERTY));
        }
        return Optional.ofNullable(environment.apply(setting.environmentVariable()))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> new Configured(value, Source.ENVIRONMENT));
    }

    /**
     * Why the configured value cannot be used, as a bundle key whose argument is the value (or the
     * entries at fault); empty when the value is fine or nothing is configured.
     */
    public Optional<Problem> problem(Setting setting) {
        Optional<Configured> configured = configured(setting);
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        String value = configured.get().value();
        return switch (setting) {
            case DEMO_CONTENT, ANONYMOUS_BROWSING, SECURE_COOKIES -> flag(setting).isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.flag", value));
            case EMBED_ORIGINS -> {
                List<String> wrong = originEntries().stream().filter(origin -> !ORIGIN.matcher(origin).matches()).toList();
                yield wrong.isEmpty() ? Optional.empty() : Optional.of(new Problem("settings.error.origins", String.join(", ", wrong)));
            }
            case DISPLAY_ZONE -> zone().isPresent() ? Optional.empty() : Optional.of(new Problem("settings.error.zone", value));
            case MEDIA_DIR, SEARCH_INDEX_DIR -> directory(setting).isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.directory", value));
            case MAX_AUDIO_BYTES -> byteCount().isPresent() ? Optional.empty() : Optional.of(new Problem("settings.error.bytes", value));
            case BASE_URL, READWISE_BASE_URL, NOTION_BASE_URL -> BASE_URL.matcher(value).matches() ? Optional.empty() : Optional.of(new Problem("settings.error.url", value));
            case TRANSCRIPTION_ENGINE -> transcriptionEngineChoice().isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.engine", value));
            case TRANSCRIPTION_JOBS_PER_SERVER -> jobsPerServer().isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.jobs", value));
            case TRANSCRIPTION_SERVICE_URL -> BASE_URL.matcher(value).matches() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.url", value));
            case TRANSCRIPTION_SERVICE_MODEL -> MODEL.matcher(value).matches() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.model", value));
            case TRANSCRIPTION_SERVICE_TIMEOUT -> seconds(setting).isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.seconds", value));
            case SUMMARY_SERVICE_URL -> summaryServiceUrlProblem(value);
            case SUMMARY_MODEL -> MODEL.matcher(value).matches() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.model", value));
            case SUMMARY_TIMEOUT -> seconds(setting).isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.seconds", value));
            case HIGHLIGHTS_MIN_LISTENERS -> minListeners().isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.minListeners", value));
            case FEEDS_ALLOWED_HOSTS -> allowedHostsProblem(value);
            case INSIGHTS -> flag(setting).isPresent() ? Optional.empty() : Optional.of(new Problem("settings.error.flag", value));
            case INSIGHTS_RETENTION_DAYS -> retentionDays().isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.retentionDays", value));
            case INSIGHTS_DAILY_CAP -> dailyCap().isPresent() ? Optional.empty()
                    : Optional.of(new Problem("settings.error.dailyCap", value));
            // A secret is never judged aloud: any value is passed on, and the service says whether it is right.
            // The export key is judged, without a word of it, by what the admins' page says is in use.
            case TRANSCRIPTION_SERVICE_KEY, SUMMARY_SERVICE_KEY, EXPORT_KEY -> Optional.empty();
        };
    }

    void logProblemsAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Setting setting : Setting.values()) {
            problem(setting).ifPresent(problem -> LOG.warning(() -> setting.property() + ": "
                    + Messages.format(Locale.ROOT, problem.messageKey(), problem.subject())));
        }
    }

    private Optional<Boolean> flag(Setting setting) {
        return configured(setting).map(Configured::value).flatMap(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        });
    }

    private List<String> originEntries() {
        return configured(Setting.EMBED_ORIGINS).stream()
                .flatMap(list -> Arrays.stream(list.value().split(",")))
                .map(String::strip)
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .filter(origin -> !origin.isEmpty())
                .toList();
    }

    private Optional<String> transcriptionEngineChoice() {
        return configured(Setting.TRANSCRIPTION_ENGINE).map(configured -> configured.value().toLowerCase(Locale.ROOT))
                .filter(TRANSCRIPTION_ENGINES::contains);
    }

    private Optional<Integer> jobsPerServer() {
        return whole(Setting.TRANSCRIPTION_JOBS_PER_SERVER).filter(jobs -> jobs <= MAX_JOBS_PER_SERVER).map(Long::intValue);
    }

    private Optional<Integer> minListeners() {
        return whole(Setting.HIGHLIGHTS_MIN_LISTENERS).filter(count -> count >= MIN_HIGHLIGHT_LISTENERS && count <= Integer.MAX_VALUE)
                .map(Long::intValue);
    }

    /** A service without a model is not asked: chat-completions services need one (no default fits them all). */
    private Optional<Problem> summaryServiceUrlProblem(String value) {
        if (!BASE_URL.matcher(value).matches()) {
            return Optional.of(new Problem("settings.error.url", value));
        }
        return findSummaryModel().isPresent() ? Optional.empty()
                : Optional.of(new Problem("settings.error.summaryModelMissing", Setting.SUMMARY_MODEL.property()));
    }

    /**
     * The intranet hosts feeds may be fetched from although their addresses are not public, as configured
     * (comma-separated host names, host:port, IP addresses, address blocks); the feeds feature reads the entries.
     */
    public String feedsAllowedHosts() {
        return configured(Setting.FEEDS_ALLOWED_HOSTS).map(Configured::value).orElse("");
    }

    /** Each entry: a host name, an IP literal or CIDR block, either with an optional port (not with a block). */
    private static Optional<Problem> allowedHostsProblem(String value) {
        List<String> wrong = Arrays.stream(value.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .filter(entry -> !ALLOWED_HOST.matcher(entry).matches()).toList();
        return wrong.isEmpty() ? Optional.empty() : Optional.of(new Problem("settings.error.allowedHosts", String.join(", ", wrong)));
    }

    /**
     * Whether listening and downloads are counted (on by default): off, the player sends nothing, the beacon endpoint
     * and the media files record nothing, and the dashboard says so.
     */
    public boolean insights() {
        return flag(Setting.INSIGHTS).orElse(true);
    }

    /** How long raw listening and download events are kept after their day (default 30 days); daily figures stay. */
    public Duration insightsRetention() {
        return Duration.ofDays(retentionDays().orElse(30L));
    }

    /** The most events (listened ranges and downloads) recorded per episode and day (default 100,000); more are refused. */
    public long insightsDailyCap() {
        return dailyCap().orElse(100_000L);
    }

    private Optional<Long> retentionDays() {
        return whole(Setting.INSIGHTS_RETENTION_DAYS).filter(days -> days >= 1 && days <= MAX_RETENTION_DAYS);
    }

    private Optional<Long> dailyCap() {
        return whole(Setting.INSIGHTS_DAILY_CAP).filter(cap -> cap >= MIN_DAILY_CAP);
    }

    /** A positive whole number of seconds. */
    private Optional<Duration> seconds(Setting setting) {
        return whole(setting).filter(seconds -> seconds > 0).map(Duration::ofSeconds);
    }

    /** A whole number, zero or more. */
    private Optional<Long> whole(Setting setting) {
        return configured(setting).flatMap(configured -> {
            try {
                return Optional.of(Long.parseLong(configured.value())).filter(number -> number >= 0);
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }

    private Optional<ZoneId> zone() {
        return configured(Setting.DISPLAY_ZONE).flatMap(configured -> {
            try {
                return Optional.of(ZoneId.of(configured.value()));
            } catch (DateTimeException unknown) {
                return Optional.empty();
            }
        });
    }

    /** Only an absolute path: a relative one would depend on the directory the server was started from. */
    private Optional<Path> directory(Setting setting) {
        return configured(setting).flatMap(configured -> {
            try {
                return Optional.of(Path.of(configured.value())).filter(Path::isAbsolute);
            } catch (InvalidPathException invalid) {
                return Optional.empty();
            }
        });
    }

    private Optional<Long> byteCount() {
        return configured(Setting.MAX_AUDIO_BYTES).flatMap(configured -> {
            try {
                return Optional.of(Long.parseLong(configured.value())).filter(bytes -> bytes > 0);
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }

    private static Path serverDataDirectory() {
        String wildfly = System.getProperty("jboss.server.data.dir");
        if (wildfly != null) {
            return Path.of(wildfly);
        }
        String payara = System.getProperty("com.sun.aas.instanceRoot");
        if (payara != null) {
            return Path.of(payara, "data");
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
