package dev.earmark.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Earmark's own feed of the demo show imported into a fresh show gives the same episodes, durations, chapters and
 * transcripts. Needs the feed writer (/feeds/{show}.xml) and the fetcher (chapters and transcripts come from this
 * server, so its address must be on the fetcher's allow-list): skipped, saying so, until both are there.
 */
@RunAsClient
class FeedRoundTripIT extends ServerTest {

    @Test
    void theDemoShowsFeedImportsAsTheSameEpisodes() {
        WebClient anonymous = WebClient.anonymous(base);
        Reply feed = anonymous.get("feeds/" + DemoShow.SLUG + ".xml", "application/rss+xml");
        assumeTrue(feed.status() == 200 && feed.body().contains("<rss"),
                "the feed writer is not on this branch yet: " + feed.status());
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
