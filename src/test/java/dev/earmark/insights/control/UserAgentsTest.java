package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.insights.entity.ClientClass;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real podcast apps are counted and named, bots and crawlers of the maintained list are not, devices are classed. */
class UserAgentsTest {

    private static final UserAgents AGENTS = UserAgents.vendored();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Apple Podcasts   | AppleCoreMedia/1.0.0.20E247 (iPhone; U; CPU OS 16_4_1 like Mac OS X; en_us)
            Apple Podcasts   | Podcasts/1570.3 CFNetwork/1404.0.5 Darwin/22.3.0
            Apple Podcasts   | Podcasts/4023.200.24 CFNetwork/1474 Darwin/23.0.0
            Apple Podcasts   | Podcasts/1410.53 CFNetwork/1111 Darwin/19.0.0 (x86_64)
            Apple Podcasts   | atc/1.0 watchOS/10.1 model/Watch6,2 hwp/t8301 build/21S71 (6; dt:259)
            Overcast         | Overcast/3.0 (+http://overcast.fm/; iOS podcast app)
            Overcast         | Overcast/792 CFNetwork/1098.7 Darwin/19.0.0
            Pocket Casts     | Pocket Casts
            Pocket Casts     | Shifty Jelly Pocket Casts, iOS v4.2
            Spotify          | Spotify/8.8.20 iOS/16.5 (iPhone14,2)
            Spotify          | Spotify/8.7.76.359 SM-R870/30 (SM-R870)
            Castro           | Castro 2022.13/1234 Like iTunes
            Castro           | Castro/1024 CFNetwork/955.1.2 Darwin/18.0.0
            AntennaPod       | AntennaPod/3.2.0
            AntennaPod       | de.danoeh.antennapod/1.7.3b (Linux;Android 8.0.0) ExoPlayerLib/2.9.3
            Podcast Addict   | Podcast Addict - v2023.5 - Dalvik/2.1.0 (Linux; U; Android 13; SM-G991B Build/TP1A.220624.014)
            Podcast Addict   | PodcastAddict/v5 (+https://podcastaddict.com/; Android podcast app)
            Castbox          | CastBox/8.42.1-221205030 (Linux;Android 13) ExoPlayerLib/2.10.4
            Player FM        | Player%20FM/588 CFNetwork/1121.2.2 Darwin/19.2.0
            Podbean          | Podbean/Android App 8.1.5 (http://podbean.com),4f6852f59091d32475ef75a53325a4fe
            Amazon Music     | AmazonMusic/17.9.2 iPhone14,5 CFNetwork/1402.0.8 Darwin/22.2.0
            Deezer           | Deezer/7.0.0.1 (Android; 10; Mobile; fr) samsung SM-G960F
            gPodder          | gPodder/3.10.21 (+http://gpodder.org/) Linux
            Podverse         | Podverse/iOS Mobile App
            Fountain         | Fountain/0.3.8 ios https://www.fountain.fm
            VLC              | VLC/3.0.18 LibVLC/3.0.18
            """)
    void namesPodcastAppsAndCountsThem(String app, String userAgent) {
        UserAgent described = AGENTS.describe(userAgent);

        assertFalse(described.bot(), userAgent);
        assertEquals(app, described.app(), userAgent);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0"})
    void browsersAreNoBotsAndNoApps(String userAgent) {
        UserAgent described = AGENTS.describe(userAgent);

        assertFalse(described.bot(), userAgent);
        assertEquals("", described.app());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Googlebot/2.1 (+http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
            "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
            "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
            "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
            "curl/8.5.0",
            "Wget/1.21.4",
            "python-requests/2.31.0",
            "Go-http-client/1.1",
            "Overcast/1.0 Podcast Sync (123 subscribers; feed-id=456; +http://overcast.fm/)",
            "PocketCasts/1.0 (Pocket Casts Feed Parser; +http://pocketcasts.com/)",
            "",
            "   "})
    void botsAndCrawlersAreNotCounted(String userAgent) {
        assertTrue(AGENTS.describe(userAgent).bot(), userAgent);
    }

    @Test
    void noUserAgentIsABot() {
        assertTrue(AGENTS.describe(null).bot());
    }

    /** Every example the maintained list gives is a bot, unless the apps' list names an app by it. */
    @Test
    void everyExampleOfTheListIsABotOrANamedApp() throws Exception {
        List<String> notBots = new ArrayList<>();
        int examples = 0;
        for (JsonValue entry : botsJson()) {
            for (JsonValue instance : entry.asJsonObject().getJsonArray("instances")) {
                String userAgent = ((jakarta.json.JsonString) instance).getString();
                examples++;
                UserAgent described = AGENTS.describe(userAgent);
                if (!described.bot() && described.app().isEmpty()) {
                    notBots.add(userAgent);
                }
            }
        }
        assertTrue(examples > 1_000, "examples: " + examples);
        assertEquals(List.of(), notBots);
    }

    /** The index finds exactly what trying every pattern finds, on the list's own examples and on clients. */
    @Test
    void theIndexFindsWhatEveryPatternFinds() throws Exception {
        List<String> patterns = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0",
                "AppleCoreMedia/1.0.0.20E247 (iPhone; U; CPU OS 16_4_1 like Mac OS X; en_us)", "AntennaPod/3.2.0",
                "okhttp/4.9.3", "a", "", "xxAdsBot-Google-Mobile", "AdsBot-Google", "Seekbot at the start? no: a Seekbot"));
        for (JsonValue entry : botsJson()) {
            patterns.add(entry.asJsonObject().getString("pattern"));
            entry.asJsonObject().getJsonArray("instances").forEach(instance ->
                    texts.add(((jakarta.json.JsonString) instance).getString()));
        }
        PatternSet set = new PatternSet(patterns);
        List<Pattern> compiled = patterns.stream().map(Pattern::compile).toList();

        assertEquals(List.of(), set.refused());
        for (String text : texts) {
            boolean any = compiled.stream().anyMatch(pattern -> pattern.matcher(text).find());
            assertEquals(any, set.findsAny(text), text);
        }
    }

    @Test
    void keepsEachAnswer() {
        String userAgent = "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)";

        assertSame(AGENTS.describe(userAgent), AGENTS.describe(userAgent));
    }

    @Test
    void aFullCacheStartsAfresh() {
        UserAgents agents = UserAgents.vendored();
        for (int i = 0; i <= UserAgents.KEPT; i++) {
            agents.describe("Client/" + i);
        }

        assertEquals("", agents.describe("Client/1").app());
    }

    @Test
    void onlyTheBeginningOfAHugeUserAgentCounts() {
        String huge = "Mozilla/5.0 (Windows NT 10.0) " + "x".repeat(100_000) + " Googlebot/2.1";

        assertFalse(AGENTS.describe(huge).bot());
    }

    @Test
    void namesItsListOfBots() {
        assertEquals("crawler-user-agents 1.60.0", AGENTS.botsList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MOBILE  | AppleCoreMedia/1.0.0.20E247 (iPhone; U; CPU OS 16_4_1 like Mac OS X; en_us)
            TABLET  | AppleCoreMedia/1.0.0.20E247 (iPad; U; CPU OS 16_4_1 like Mac OS X; en_us)
            DESKTOP | AppleCoreMedia/1.0.0.21A559 (Macintosh; U; Intel Mac OS X 14_0; en_us)
            MOBILE  | Podcasts/1570.3 CFNetwork/1404.0.5 Darwin/22.3.0
            DESKTOP | Podcasts/1410.53 CFNetwork/1111 Darwin/19.0.0 (x86_64)
            MOBILE  | atc/1.0 watchOS/10.1 model/Watch6,2 hwp/t8301 build/21S71 (6; dt:259)
            MOBILE  | AntennaPod/3.2.0
            MOBILE  | CastBox/8.42.1-221205030 (Linux;Android 13) ExoPlayerLib/2.10.4
            MOBILE  | Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36
            TABLET  | Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36
            DESKTOP | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36
            DESKTOP | Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0
            DESKTOP | Deezer/4.20.0 (Electron; windows/10.0.18362; Desktop; fr)
            DESKTOP | SomethingUnknown/1.0
            """)
    void classesDevices(ClientClass expected, String userAgent) {
        assertEquals(expected, AGENTS.describe(userAgent).clientClass(), userAgent);
    }

    private static JsonArray botsJson() throws Exception {
        try (InputStream in = UserAgents.class.getResourceAsStream("crawler-user-agents.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        }
    }
}
