package dev.earmark.insights.control;

import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.DownloadEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells bots, podcast apps and device classes by the user agent, from two lists read once: the maintained list of
 * bots' and crawlers' user agents (the npm package crawler-user-agents, MIT, vendored beside this class with its
 * version in {@code crawler-user-agents.properties}; {@code tools/refresh-crawler-user-agents.sh} brings a newer one)
 * and Earmark's own list of podcast apps ({@code podcast-apps.json}), which wins: an app it names is no bot.
 * <p>
 * A user agent is told in microseconds ({@link PatternSet}), and each one once: the answers are kept, at most
 * {@link #KEPT} of them (a full cache starts afresh), as a few hundred user agents make almost all requests. Only the
 * first {@link #LONGEST} characters count: no real user agent is longer, and a forged one costs no more.
 */
public final class UserAgents {

    static final int KEPT = 10_000;
    static final int LONGEST = 1_000;
    private static final String BOTS = "crawler-user-agents.json";
    private static final String BOTS_VERSION = "crawler-user-agents.properties";
    private static final String APPS = "podcast-apps.json";

    /** What apps that name no device say of a desktop: its system, its processor, or a desktop app's framework. */
    private static final List<String> DESKTOP_WORDS = List.of("Windows", "Macintosh", "Mac OS X", "X11", "Linux", "CrOS",
            "x86_64", "(arm64)", "Electron");

    private final PatternSet bots;
    private final List<App> apps;
    private final PatternSet appPatterns;
    private final String botsVersion;
    private final AtomicReference<Map<String, UserAgent>> kept = new AtomicReference<>(new ConcurrentHashMap<>());

    UserAgents(List<String> botPatterns, List<App> apps, String botsVersion) {
        this.bots = new PatternSet(botPatterns);
        this.apps = List.copyOf(apps);
        this.appPatterns = new PatternSet(apps.stream().map(App::pattern).toList());
        this.botsVersion = botsVersion;
    }

    /** The lists as vendored with Earmark. */
    public static UserAgents vendored() {
        try (JsonReader botsJson = Json.createReader(resource(BOTS));
                JsonReader appsJson = Json.createReader(resource(APPS));
                InputStream version = resource(BOTS_VERSION)) {
            List<String> bots = botsJson.readArray().stream()
                    .map(entry -> entry.asJsonObject().getString("pattern"))
                    .toList();
            List<App> apps = appsJson.readObject().getJsonArray("apps").stream()
                    .map(JsonValue::asJsonObject)
                    .map(UserAgents::app)
                    .toList();
            Properties about = new Properties();
            about.load(version);
            return new UserAgents(bots, apps, about.getProperty("package") + " " + about.getProperty("version"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The vendored lists of user agents cannot be read", unreadable);
        }
    }

    /** What the user agent says; a missing or empty one is a bot's (every app and browser sends one). */
    public UserAgent describe(String userAgent) {
        String key = userAgent == null ? "" : userAgent.length() > LONGEST ? userAgent.substring(0, LONGEST) : userAgent;
        Map<String, UserAgent> answers = kept.get();
        UserAgent known = answers.get(key);
        if (known != null) {
            return known;
        }
        UserAgent described = match(key);
        if (answers.size() >= KEPT) {
            answers = new ConcurrentHashMap<>();
            kept.set(answers);
        }
        answers.put(key, described);
        return described;
    }

    /** Which list of bots, and how many of its patterns Java could not compile (left out). */
    public String botsList() {
        return botsVersion + (bots.refused().isEmpty() ? "" : ", " + bots.refused().size() + " patterns left out");
    }

    private UserAgent match(String userAgent) {
        if (userAgent.isBlank()) {
            return new UserAgent(true, "", ClientClass.DESKTOP);
        }
        int app = appPatterns.firstFound(userAgent);
        if (app >= 0) {
            return new UserAgent(apps.get(app).bot(), apps.get(app).name(), clientClass(userAgent, true));
        }
        return new UserAgent(bots.findsAny(userAgent), "", clientClass(userAgent, false));
    }

    /**
     * Tablet, mobile or desktop as {@link ClientClasses} tells it by the words browsers and devices put into user
     * agents; but an app that names no device at all (Apple Podcasts' {@code Podcasts/… CFNetwork/… Darwin/…},
     * {@code AntennaPod/3.2.0}) is on a phone: Apple's networking library without a desktop's processor runs on an
     * iPhone or a watch, and a podcast app nearly always on a phone.
     */
    static ClientClass clientClass(String userAgent, boolean podcastApp) {
        ClientClass named = ClientClasses.of(userAgent);
        if (named != ClientClass.DESKTOP || DESKTOP_WORDS.stream().anyMatch(userAgent::contains)) {
            return named;
        }
        boolean appleDevice = userAgent.contains("CFNetwork/") && userAgent.contains("Darwin/");
        return podcastApp || appleDevice ? ClientClass.MOBILE : ClientClass.DESKTOP;
    }

    private static App app(JsonObject entry) {
        return new App(entry.getString("name"), entry.getString("pattern"), entry.getBoolean("bot", false));
    }

    private static InputStream resource(String name) {
        InputStream in = UserAgents.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing from the WAR: " + name);
        }
        return in;
    }

    /** One podcast app of the list: its name and the pattern its user agents match; a bot when it is its crawler. */
    record App(String name, String pattern, boolean bot) {

        App {
            if (name.length() > DownloadEvent.APP_LENGTH) {
                throw new IllegalArgumentException("An app's name is too long to be stored: " + name);
            }
        }
    }
}
