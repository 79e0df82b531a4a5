package dev.earmark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.cluster.Cluster;
import dev.earmark.testing.cluster.ClusterTest;
import dev.earmark.testing.server.SeenWithin;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What one node changes, the other shows within a second, whatever it cached before (entities, query results,
 * rendered pages and feeds): an episode's title, then its status from published to draft, saved through the
 * curation API of node1 and read from node2 as listeners read it.
 */
@ClusterTest
class CacheCoherenceClusterIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private final Cluster cluster;

    CacheCoherenceClusterIT(Cluster cluster) {
        this.cluster = cluster;
    }

    @Test
    void anEpisodeChangedOnOneNodeIsReadChangedOnTheOtherWithinASecond() {
        WebClient curatorOnA = WebClient.signIn(cluster.node("node1"), "admin", "admin-demo");
        WebClient listenerOnB = WebClient.anonymous(cluster.node("node2"));
        String title = "Coherent " + Instant.now().toEpochMilli();
        WebClient.Reply created = curatorOnA.post("api/admin/episodes", input(null, null, title, "PUBLISHED"));
        assertEquals(201, created.status(), created.body());
        JsonObject episode = created.object();
        long id = episode.getJsonNumber("id").longValue();
        String api = "api/episodes/" + id;
        String slug = episode.getString("slug");
        String page = "shows/" + DemoShow.SLUG + "/episodes/" + slug;
        String feed = "feeds/" + DemoShow.SLUG + ".xml";
        // node2 reads it once, so that whatever it caches holds the old state.
        within("node2 to see the new episode", () -> listenerOnB.get(api).status() == 200);
        within("node2's feed to list it", () -> listenerOnB.get(feed, "application/rss+xml").body().contains(title));
        assertEquals(200, listenerOnB.get(page, "text/html").status());

        String retitled = title + " retitled";
        WebClient.Reply renamed = curatorOnA.put("api/admin/episodes/" + id,
                input(episode.getJsonNumber("version").longValue(), slug, retitled, "PUBLISHED"));
        assertEquals(200, renamed.status(), renamed.body());
        within("node2's API to show the new title", () -> retitled.equals(listenerOnB.get(api).object().getString("title")));
        within("node2's page to show it", () -> listenerOnB.get(page, "text/html").body().contains(retitled));
        within("node2's feed to show it", () -> listenerOnB.get(feed, "application/rss+xml").body().contains(retitled));

        WebClient.Reply drafted = curatorOnA.put("api/admin/episodes/" + id,
                input(renamed.object().getJsonNumber("version").longValue(), slug, retitled, "DRAFT"));
        assertEquals(200, drafted.status(), drafted.body());
        within("node2's API to hide the draft", () -> listenerOnB.get(api).status() == 404);
        within("node2's page to hide it", () -> listenerOnB.get(page, "text/html").status() == 404);
        within("node2's feed to leave it out", () -> !listenerOnB.get(feed, "application/rss+xml").body().contains(retitled));

        assertEquals(204, curatorOnA.delete("api/admin/episodes/" + id + "?version="
                + drafted.object().getJsonNumber("version").longValue()).status());
    }

    /** Without a slug the API makes one of the title; the page's address is kept by sending it. */
    private static String input(Long version, String slug, String title, String status) {
        return "{\"showSlug\": \"" + DemoShow.SLUG + "\", " + (version == null ? "" : "\"version\": " + version + ", ")
                + (slug == null ? "" : "\"slug\": \"" + slug + "\", ")
                + "\"title\": \"" + title + "\", \"episodeType\": \"FULL\", \"status\": \"" + status + "\"}";
    }

    /** Each check from the moment the one before passed: a save's effects are looked for in turn. */
    private static void within(String what, BooleanSupplier condition) {
        SeenWithin.await(WITHIN, System.nanoTime(), what, condition::getAsBoolean, Boolean::booleanValue);
    }
}
