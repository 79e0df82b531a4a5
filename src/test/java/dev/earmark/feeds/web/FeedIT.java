package dev.earmark.feeds.web;

import static dev.earmark.feeds.control.ApplePodcastRules.child;
import static dev.earmark.feeds.control.ApplePodcastRules.children;
import static dev.earmark.feeds.control.ApplePodcastRules.parse;
import static dev.earmark.feeds.control.ApplePodcastRules.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.feeds.control.ApplePodcastRules;
import dev.earmark.feeds.control.FeedTimes;
import dev.earmark.testing.DemoShow;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The demo show's feed as podcast apps read it: Apple's rules, the ten demo episodes with their audio, durations,
 * chapters (in the feed and as JSON chapters) and transcripts, conditional GETs, gzip, and gPodder's parser
 * (Debian's python3-podcastparser, run by Debian's own python3) reading it.
 */
@RunAsClient
class FeedIT extends ServerTest {

    private static final String FEED = "feeds/" + DemoShow.SLUG + ".xml";
    private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private static final String PODCAST = "https://podcastindex.org/namespace/1.0";
    private static final String PSC = "http://podlove.org/simple-chapters";

    private WebClient client;
    /** The demo's episodes as the API gives them, by page URL. */
    private Map<String, JsonObject> demoEpisodes;

    @BeforeEach
    void readTheDemoEpisodes() {
        client = WebClient.anonymous(base);
        List<String> demoSlugs = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/dev/earmark/demo/meta-tech-podcast.json");
                JsonReader reader = Json.createReader(in)) {
            reader.readObject().getJsonArray("episodes")
                    .forEach(episode -> demoSlugs.add(episode.asJsonObject().getString("slug")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        demoEpisodes = new LinkedHashMap<>();
        for (JsonValue item : client.get("api/shows/" + DemoShow.SLUG + "/episodes?size=100").object()
                .getJsonArray("items")) {
            JsonObject listed = item.asJsonObject();
            if (demoSlugs.contains(listed.getString("slug"))) {
                JsonObject episode = client.get("api/episodes/" + listed.getJsonNumber("id").longValue()).object();
                demoEpisodes.put(episode.getString("pageUrl"), episode);
            }
        }
        assertEquals(10, demoEpisodes.size(), "the demo's ten episodes");
    }

    @Test
    void theDemoFeedHoldsTheTenEpisodesWithAudioDurationsChaptersAndTranscripts() throws Exception {
        HttpResponse<byte[]> answer = client.fetch(FEED);
        assertEquals(200, answer.statusCode());
        assertEquals("application/rss+xml;charset=UTF-8",
                answer.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertEquals(List.of(), ApplePodcastRules.check(answer.body()));

        Element channel = (Element) parse(answer.body()).getElementsByTagName("channel").item(0);
        assertTrue(text(channel, PODCAST, "guid").matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        Map<String, Element> items = new LinkedHashMap<>();
        ZonedDateTime previous = null;
        NodeList itemNodes = channel.getElementsByTagName("item");
        for (int i = 0; i < itemNodes.getLength(); i++) {
            Element item = (Element) itemNodes.item(i);
            items.put(text(item, null, "link"), item);
            ZonedDateTime published = ZonedDateTime.parse(text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertTrue(previous == null || !published.isAfter(previous), "newest first");
            previous = published;
        }
        int withChapters = 0;
        for (Map.Entry<String, JsonObject> demo : demoEpisodes.entrySet()) {
            JsonObject episode = demo.getValue();
            Element item = items.get(demo.getKey());
            assertNotNull(item, demo.getKey());
            Element guid = child(item, null, "guid");
            assertEquals("false", guid.getAttribute("isPermaLink"));
            assertTrue(guid.getTextContent().startsWith("earmark-demo-" + DemoShow.SLUG), guid.getTextContent());
            Element enclosure = child(item, null, "enclosure");
            assertEquals(episode.getJsonObject("audio").getString("url"), enclosure.getAttribute("url"));
            assertEquals(episode.getJsonObject("audio").getJsonNumber("lengthBytes").longValue(),
                    Long.parseLong(enclosure.getAttribute("length")));
            assertEquals(206, client.fetch(enclosure.getAttribute("url"), "Range", "bytes=0-99").statusCode());
            assertEquals(FeedTimes.duration(episode.getInt("durationSeconds")), text(item, ITUNES, "duration"));

            List<Element> transcripts = children(item, PODCAST, "transcript");
            assertTrue(!transcripts.isEmpty(), demo.getKey() + " has a transcript");
            for (Element transcript : transcripts) {
                assertEquals("en", transcript.getAttribute("language"));
                HttpResponse<byte[]> file = client.fetch(transcript.getAttribute("url"));
                assertEquals(200, file.statusCode(), transcript.getAttribute("url"));
                assertTrue(new String(file.body(), StandardCharsets.UTF_8).startsWith("WEBVTT"),
                        "the demo's transcripts are WebVTT");
                assertEquals("text/vtt", transcript.getAttribute("type"));
            }

            JsonArray chapters = episode.getJsonArray("chapters");
            List<Element> marks = children(child(item, PSC, "chapters"), PSC, "chapter");
            assertEquals(chapters.size(), marks.size(), demo.getKey());
            if (!chapters.isEmpty()) {
                withChapters++;
                assertEquals("1.2", child(item, PSC, "chapters").getAttribute("version"));
                assertTrue(marks.get(1).getAttribute("start").matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3}"));
                Element json = child(item, PODCAST, "chapters");
                assertEquals("application/json+chapters", json.getAttribute("type"));
                HttpResponse<byte[]> file = client.fetch(json.getAttribute("url"));
                assertEquals(200, file.statusCode());
                JsonObject document = Json.createReader(new StringReader(new String(file.body(), StandardCharsets.UTF_8)))
                        .readObject();
                assertEquals("1.2.0", document.getString("version"));
                JsonArray written = document.getJsonArray("chapters");
                assertEquals(chapters.size(), written.size());
                for (int i = 0; i < chapters.size(); i++) {
                    assertEquals(chapters.getJsonObject(i).getString("title"), written.getJsonObject(i).getString("title"));
                    assertEquals(chapters.getJsonObject(i).getJsonNumber("start").doubleValue(),
                            written.getJsonObject(i).getJsonNumber("startTime").doubleValue(), 0.0005);
                }
            }
        }
        assertTrue(withChapters > 0, "the archive episode has chapters");
    }

    @Test
    void anUnchangedFeedIsA304AndAnUnknownShowA404() {
        HttpResponse<byte[]> full = client.fetch(FEED);
        String tag = full.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.startsWith("W/\""), tag);
        assertEquals("public, no-cache", full.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(full.headers().firstValue("Vary").orElseThrow().contains("Accept-Encoding"));
        HttpResponse<byte[]> again = client.fetch(FEED, "If-None-Match", tag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, client.fetch(FEED, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, client.fetch(FEED, "If-None-Match", "W/\"another\"").statusCode());
        assertEquals(404, client.fetch("feeds/no-such-show.xml").statusCode());
        assertEquals(404, client.fetch("feeds/" + DemoShow.SLUG + "/999999999/chapters.json").statusCode());
    }

    @Test
    void podcastAppsGetTheStoredGzip() throws IOException {
        byte[] plain = client.fetch(FEED).body();
        HttpResponse<byte[]> gzipped = client.fetch(FEED, "Accept-Encoding", "gzip, deflate");
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(gzipped.body().length < plain.length / 2, gzipped.body().length + " of " + plain.length);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        assertEquals(List.of("Accept-Encoding"), gzipped.headers().allValues("Vary"));
    }

    @Test
    void theShowPageNamesTheFeedAndOffersTheAppsSubscribeLinks() {
        String page = client.get("shows/" + DemoShow.SLUG, "text/html").body();
        String feed = base.toString().replaceFirst("/$", "") + "/" + FEED;
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Meta Tech Podcast\" href=\""
                + feed + "\""), page);
        String withoutScheme = feed.replaceFirst("^https?://", "");
        assertTrue(page.contains("href=\"podcasts://" + withoutScheme + "\""), page);
        assertTrue(page.contains("href=\"pktc://subscribe/" + withoutScheme + "\""), page);
        assertTrue(page.contains("value=\"" + feed + "\""), page);
        assertTrue(page.contains("/subscribe\""), page);
    }

    /** gPodder's parser, as Debian packages it (python3-podcastparser; .ci/run installs it). */
    @Test
    void aRealPodcastClientReadsTheEpisodesDurationsAndChapters() throws Exception {
        byte[] feed = client.fetch(FEED).body();
        Process python = new ProcessBuilder("/usr/bin/python3", "-c",
                "import podcastparser, json, sys; print(json.dumps(podcastparser.parse(sys.argv[1], sys.stdin.buffer)))",
                new java.net.URL(base, FEED).toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        python.getOutputStream().write(feed);
        python.getOutputStream().close();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, python.exitValue(), "python3-podcastparser installed? " + output);
        JsonObject parsed = Json.createReader(new StringReader(output)).readObject();
        assertEquals("Meta Tech Podcast", parsed.getString("title"));
        Map<String, JsonObject> episodes = new LinkedHashMap<>();
        parsed.getJsonArray("episodes").forEach(episode -> episodes.put(episode.asJsonObject().getString("link"),
                episode.asJsonObject()));
        for (Map.Entry<String, JsonObject> demo : demoEpisodes.entrySet()) {
            JsonObject episode = episodes.get(demo.getKey());
            assertNotNull(episode, demo.getKey());
            assertEquals(demo.getValue().getString("title"), episode.getString("title"));
            assertEquals(demo.getValue().getInt("durationSeconds"), episode.getInt("total_time"));
            assertEquals(demo.getValue().getJsonObject("audio").getString("url"),
                    episode.getJsonArray("enclosures").getJsonObject(0).getString("url"));
            assertTrue(episode.getString("guid").startsWith("earmark-demo-"));
            JsonArray chapters = demo.getValue().getJsonArray("chapters");
            JsonArray read = episode.containsKey("chapters") ? episode.getJsonArray("chapters") : JsonValue.EMPTY_JSON_ARRAY;
            assertEquals(chapters.size(), read.size(), demo.getKey());
            for (int i = 0; i < chapters.size(); i++) {
                assertEquals(chapters.getJsonObject(i).getString("title"), read.getJsonObject(i).getString("title"));
                assertEquals((long) chapters.getJsonObject(i).getJsonNumber("start").doubleValue(),
                        read.getJsonObject(i).getJsonNumber("start").longValue());
            }
        }
    }
}
