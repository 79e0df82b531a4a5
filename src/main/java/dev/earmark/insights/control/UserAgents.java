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
import java.util.Locale;
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

    /** A device's words in user agents: browsers name it, apps often only their platform. */
    private static final List<String> TABLET_WORDS = List.of("iPad", "Kindle", "Silk/", "PlayBook");
    private static final List<String> MOBILE_WORDS = List.of("iPhone", "iPod", "Android", "Mobile", "watchOS",
            "Windows Phone", "BlackBerry");
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
     * Tablet, mobile or desktop, by the words devices put into user agents; an app whose user agent names no device
     * is most likely on a phone (where podcasts are listened to), anything else on a desktop.
     */
    static ClientClass clientClass(String userAgent, boolean podcastApp) {
        String lowerCase = userAgent.toLowerCase(Locale.ROOT);
        if (containsAny(userAgent, TABLET_WORDS) || lowerCase.contains("tablet")
                || userAgent.startsWith("Mozilla/") && userAgent.contains("Android") && !userAgent.contains("Mobile")) {
            return ClientClass.TABLET;
        }
        if (containsAny(userAgent, MOBILE_WORDS) || userAgent.startsWith("atc/") || hasWord(lowerCase, "ios")) {
            return ClientClass.MOBILE;
        }
        if (containsAny(userAgent, DESKTOP_WORDS)) {
            return ClientClass.DESKTOP;
        }
        // Apple's networking library without a desktop's architecture: an app on an iPhone, iPad or watch.
        boolean appleDevice = userAgent.contains("CFNetwork/") && userAgent.contains("Darwin/");
        return podcastApp || appleDevice ? ClientClass.MOBILE : ClientClass.DESKTOP;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word occurs with no letter or digit right before or after it ("iOS/17", not "Studios"). */
    private static boolean hasWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            if (startsWord && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
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
