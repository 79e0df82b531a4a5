package dev.earmark.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.testing.server.SeenWithin;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a cluster's other node saves is seen here within a second: the change is written past this node's JPA and
 * caches (its row and the catalogue's revision, as a save does), after the API, the show page and the feed were read
 * and kept in this node's caches. Once the feed, kept per revision, shows it, the API and the show page do too.
 */
class ChangesOnAnotherNodeIT extends ServerTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Instant DAY_ONE = Instant.parse("2024-01-01T10:00:00Z");

    @Test
    void aTitleAndAStatusChangedOnAnotherNodeAreSeenHereWithinASecond() {
        Show show = fixtures.show("Changed elsewhere");
        Episode retitled = fixtures.episode(show, "Title before", EpisodeStatus.PUBLISHED, DAY_ONE);
        Episode withdrawn = fixtures.episode(show, "Withdrawn later", EpisodeStatus.PUBLISHED, DAY_ONE.plusSeconds(60));
        WebClient web = WebClient.anonymous(base);
        String episodes = "api/shows/" + show.getSlug() + "/episodes";
        String feed = "feeds/" + show.getSlug() + ".xml";
        String page = "shows/" + show.getSlug();
        assertEquals(200, web.get("api/episodes/" + withdrawn.getId()).status());
        assertTrue(web.get(episodes).body().contains("Title before"));
        assertTrue(body(web.fetch(feed).body()).contains("Withdrawn later"));
        assertTrue(web.get(page, "text/html").body().contains("Title before"));

        // A save here makes this node read the revision at its next request, and the feed is kept in that revision:
        // the snapshot is new when the other node saves, so the change waits for the whole of the snapshot's time.
        fixtures.show("Saved here just before");
        assertTrue(body(web.fetch(feed).body()).contains("Title before"));

        fixtures.changeEpisodeOnAnotherNode(retitled.getId(), "Title after", EpisodeStatus.PUBLISHED, now());
        fixtures.changeEpisodeOnAnotherNode(withdrawn.getId(), "Withdrawn later", EpisodeStatus.DRAFT, now());
        long changed = System.nanoTime();

        SeenWithin.await(WITHIN, changed, "the kept feed", () -> body(web.fetch(feed).body()),
                body -> body.contains("Title after") && !body.contains("Withdrawn later"));
        String listed = web.get(episodes).body();
        assertTrue(listed.contains("Title after") && !listed.contains("Withdrawn later"), listed);
        assertEquals(404, web.get("api/episodes/" + withdrawn.getId()).status(), "the draft still served");
        String pageNow = web.get(page, "text/html").body();
        assertTrue(pageNow.contains("Title after") && !pageNow.contains("Withdrawn later"), "the show page");
    }

    private static String body(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
