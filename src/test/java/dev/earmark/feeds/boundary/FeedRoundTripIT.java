package dev.earmark.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import dev.earmark.testing.server.WebClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Earmark's own feed of the demo show imported into a fresh show gives the same episodes, durations, chapters and
 * transcripts. The import fetches the chapters and transcripts the feed names from this server, so for the test its
 * address is on the fetcher's allow-list (it runs in the server, where the setting is read).
 */
class FeedRoundTripIT extends ServerTest {

    private static final String ALLOWED_HOSTS = "earmark.feeds.allowed-hosts";

    @AfterEach
    void refuseLoopbackAgain() {
        System.clearProperty(ALLOWED_HOSTS);
    }

    @Test
    void theDemoShowsFeedImportsAsTheSameEpisodes() {
        System.setProperty(ALLOWED_HOSTS, base.getHost() + ":" + base.getPort());
        WebClient anonymous = WebClient.anonymous(base);
        Reply feed = anonymous.get("feeds/" + DemoShow.SLUG + ".xml", "application/rss+xml");
        assertEquals(200, feed.status(), feed.body());
        // Guids are unique in the catalogue: the copy gets its own, as a feed of another host would.
        String copy = feed.body().replaceAll("<guid([^>]*)>", "<guid$1>" + UUID.randomUUID() + "-");
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");

        Reply imported = admin.post("api/admin/feeds/import",
                Json.createObjectBuilder().add("feed", copy).build().toString());

        assertEquals(200, imported.status(), imported.body());
        String slug = imported.object().getString("showSlug");
        assertEquals(episodes(anonymous, DemoShow.SLUG), episodes(anonymous, slug));
    }

    /** Each visible episode by title: its duration, chapters (start and title) and whether it has a transcript. */
    private static Map<String, String> episodes(WebClient client, String show) {
        Map<String, String> episodes = new TreeMap<>();
        for (JsonValue item : client.get("api/shows/" + show + "/episodes?size=100").object().getJsonArray("items")) {
            JsonObject episode = client.get("api/episodes/" + item.asJsonObject().getJsonNumber("id")).object();
            StringBuilder chapters = new StringBuilder();
            episode.getJsonArray("chapters").forEach(chapter -> chapters.append(chapter.asJsonObject()
                    .getJsonNumber("start")).append(' ').append(chapter.asJsonObject().getString("title"))
                    .append("; "));
            episodes.put(episode.getString("title"), episode.get("durationSeconds") + " | " + chapters + "| "
                    + episode.containsKey("transcriptUrl"));
        }
        return episodes;
    }
}
