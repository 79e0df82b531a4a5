package dev.earmark.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import dev.earmark.testing.server.WebClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Importing feeds through the admin API as the demo admin: a new show from a feed, a re-import with one changed, one
 * new and one dropped item, hostile feeds that change nothing, per-item refusals.
 */
@RunAsClient
class FeedImportIT extends ServerTest {

    private static final String IMPORT = "api/admin/feeds/import";
    private static final String SHOWS = "api/admin/shows";

    @Test
    void reImportUpdatesTheChangedItemAddsTheNewOneAndKeepsTheDroppedOne() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        String run = UUID.randomUUID().toString().substring(0, 8);

        JsonObject first = imported(admin, tenItems(run, 1, 10, 0), null);
        assertTrue(first.getBoolean("showCreated"), first.toString());
        assertEquals(Map.of("ADDED", 10L), outcomes(first));
        String slug = first.getString("showSlug");

        // Items 2 to 11: item 5 retitled, item 11 new, item 1 dropped.
        JsonObject second = imported(admin, tenItems(run, 2, 11, 5), slug);
        assertFalse(second.getBoolean("showCreated"));
        assertEquals(slug, second.getString("showSlug"));
        assertEquals(Map.of("UPDATED", 1L, "ADDED", 1L, "UNCHANGED", 8L, "NOT_IN_FEED", 1L), outcomes(second));
        JsonObject updated = line(second, "UPDATED");
        assertEquals(run + "-5", updated.getString("guid"));
        assertEquals("feeds.import.reason.changed", updated.getString("reasonKey"));
        assertEquals("title", updated.getJsonArray("arguments").getString(0));
        assertEquals(run + "-1", line(second, "NOT_IN_FEED").getString("guid"));
        assertEquals(11, episodeCount(admin, slug));

        JsonObject third = imported(admin, tenItems(run, 2, 11, 5), slug);
        assertEquals(Map.of("UNCHANGED", 10L, "NOT_IN_FEED", 1L), outcomes(third));
    }

    @Test
    void aRefusedFeedChangesNothing() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String slug = imported(admin, tenItems(run, 1, 10, 0), null).getString("showSlug");
        JsonObject before = show(admin, slug);

        for (String hostile : List.of("xxe.xml", "billion-laughs.xml", "not-xml.txt", "html-no-doctype.html")) {
            Reply refused = admin.post(IMPORT, input(resource("/feeds/hostile/" + hostile), slug));

            assertEquals(400, refused.status(), hostile + ": " + refused.body());
            assertFalse(refused.body().contains("Exception"), refused.body());
            assertFalse(refused.body().contains("root:"), refused.body());
        }
        assertEquals(before, show(admin, slug));
        assertEquals(10, episodeCount(admin, slug));
    }

    @Test
    void skipsBrokenItemsWithTheirReasonsAndImportsTheRest() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        String feed = resource("/feeds/hostile/per-item.xml").replace("<guid>h-", "<guid>" + UUID.randomUUID() + "-h-")
                .replace("https://example.com/", "https://example.com/" + UUID.randomUUID() + "/");

        JsonObject report = imported(admin, feed, null);

        assertEquals(Map.of("ADDED", 2L, "SKIPPED", 5L), outcomes(report));
        List<String> reasons = report.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("outcome").equals("SKIPPED"))
                .map(item -> item.getString("reasonKey")).toList();
        assertEquals(List.of("feeds.import.skip.badEnclosure", "feeds.import.skip.badEnclosure",
                "feeds.import.skip.noAudio", "feeds.import.skip.noTitle", "feeds.import.skip.duplicateGuid"),
                reasons);
        assertEquals("Bold & plain", report.getJsonArray("items").getJsonObject(0).getString("title"));
    }

    @Test
    void importsACorpusFeedWithItsChaptersIntoANewShow() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        // Without its transcript address: fetching is another part's (FeedFetcher), not what this test is about.
        String feed = resource("/feeds/corpus/podlove.xml").replace("podlove-2026-11-14",
                "podlove-" + UUID.randomUUID()).replaceAll("<podcast:transcript[^>]*>", "");

        JsonObject report = imported(admin, feed, null);

        assertEquals(Map.of("ADDED", 1L), outcomes(report));
        String slug = report.getString("showSlug");
        assertTrue(slug.startsWith("forschungsfunk"), report.toString());
        WebClient anonymous = WebClient.anonymous(base);
        JsonObject listed = anonymous.get("api/shows/" + slug + "/episodes").object().getJsonArray("items")
                .getJsonObject(0);
        JsonObject episode = anonymous.get("api/episodes/" + listed.getJsonNumber("id")).object();
        assertEquals("FF073 Moore und Moos", episode.getString("title"));
        assertEquals(5026, episode.getInt("durationSeconds"));
        assertEquals(List.of("Intro", "Begrüßung", "Was ist ein Moor?", "Torfmoose & Klima", "Ausklang"),
                episode.getJsonArray("chapters").stream().map(chapter -> chapter.asJsonObject().getString("title"))
                        .toList());
        assertEquals(62.5, episode.getJsonArray("chapters").getJsonObject(1).getJsonNumber("start").doubleValue());
    }

    private JsonObject imported(WebClient admin, String feed, String slug) {
        Reply reply = admin.post(IMPORT, input(feed, slug));
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    private static String input(String feed, String slug) {
        var object = Json.createObjectBuilder().add("feed", feed);
        if (slug != null) {
            object.add("show", slug);
        }
        return object.build().toString();
    }

    private static Map<String, Long> outcomes(JsonObject report) {
        return report.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.groupingBy(item -> item.getString("outcome"), Collectors.counting()));
    }

    private static JsonObject line(JsonObject report, String outcome) {
        return report.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("outcome").equals(outcome)).findFirst().orElseThrow();
    }

    private JsonObject show(WebClient admin, String slug) {
        return admin.get(SHOWS).array().stream().map(JsonValue::asJsonObject)
                .filter(show -> show.getString("slug").equals(slug)).findFirst().orElseThrow();
    }

    private int episodeCount(WebClient admin, String slug) {
        return show(admin, slug).getInt("episodeCount");
    }

    /**
     * A feed of items {@code from} to {@code to}, newest first, each with its guid, link, audio and date; the item
     * numbered {@code retitled} gets another title.
     */
    private static String tenItems(String run, int from, int to, int retitled) {
        StringBuilder feed = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
                <channel><title>Import Ten %s</title><link>https://ten.example/</link>
                <description>Ten items.</description><language>en</language>
                <itunes:category text="Technology"/><itunes:explicit>no</itunes:explicit>
                """.formatted(run));
        for (int number = to; number >= from; number--) {
            String title = number == retitled ? "Episode " + number + " (remastered)" : "Episode " + number;
            feed.append("""
                    <item><title>%s</title><guid isPermaLink="false">%s-%d</guid>
                    <link>https://ten.example/%s/%d</link>
                    <pubDate>%s</pubDate><itunes:duration>%d:00</itunes:duration>
                    <description><![CDATA[<p>Notes of %d.</p>]]></description>
                    <enclosure url="https://cdn.ten.example/%s/%d.mp3" type="audio/mpeg" length="%d"/></item>
                    """.formatted(title, run, number, run, number,
                    "Mon, %02d Nov 2026 10:00:00 +0000".formatted(number), 10 + number, number, run, number,
                    1000 * number));
        }
        return feed.append("</channel></rss>").toString();
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(FeedImportIT.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
