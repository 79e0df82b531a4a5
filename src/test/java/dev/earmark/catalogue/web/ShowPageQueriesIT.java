package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.highlights.boundary.HighlightsOfSnips;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlCounter;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue's lists cost the same few queries however long they are: none per row. */
class ShowPageQueriesIT extends ServerTest {

    @Inject
    SqlCounter sql;

    @Inject
    HighlightsOfSnips moments;

    @Test
    void queriesPerPageDoNotGrowWithTheNumberOfEpisodes() {
        Show small = fixtures.show("Few Episodes");
        List<Episode> few = fixtures.publishedEpisodes(small, 3, Instant.parse("2023-01-01T10:00:00Z"));
        fixtures.snips(few.get(0), 2);
        Show large = fixtures.show("Many Episodes");
        List<Episode> many = fixtures.publishedEpisodes(large, 45, Instant.parse("2023-01-01T10:00:00Z"));
        many.forEach(episode -> fixtures.snips(episode, 1));
        // The snips' moments are made in the background, and the counter counts every statement on the server.
        Eventually.await("the moments of the new episodes", moments.changes(),
                () -> Stream.concat(few.stream(), many.stream()).allMatch(episode -> moments.isMade(episode.getId()))
                        ? true : null);
        WebClient http = WebClient.anonymous(base);

        List<String> forSmall = sql.record(() ->
                assertEquals(200, http.get("shows/" + small.getSlug(), "text/html").status()));
        List<String> forLarge = sql.record(() ->
                assertEquals(200, http.get("shows/" + large.getSlug(), "text/html").status()));
        // A save starts a new state of the catalogue, in which the show's count is read again (it is kept per state).
        fixtures.save(large);
        List<String> forLastPage = sql.record(() ->
                assertEquals(200, http.get("shows/" + large.getSlug() + "?page=3", "text/html").status()));

        assertEquals(forSmall.size(), forLarge.size(),
                "20 rows cost what 3 rows cost: " + forLarge + ", not " + forSmall);
        assertEquals(forSmall.size(), forLastPage.size(), forLastPage.toString());
        assertTrue(forLarge.size() <= 5, "show, count, page ids, page: " + forLarge);
    }

    @Test
    void theListOfShowsCostsTheSameQueriesWhateverTheNumberOfShows() {
        fixtures.show("Listed First");
        WebClient http = WebClient.anonymous(base);
        List<String> before = sql.record(() -> assertEquals(200, http.get("api/shows").status()));
        List<String> homeBefore = sql.record(() -> assertEquals(200, http.get("", "text/html").status()));

        for (int i = 0; i < 3; i++) {
            fixtures.show("Listed Later " + i);
        }
        List<String> after = sql.record(() -> assertEquals(200, http.get("api/shows").status()));
        List<String> homeAfter = sql.record(() -> assertEquals(200, http.get("", "text/html").status()));

        assertEquals(before.size(), after.size(), "no query per show (categories, artwork): " + after);
        assertEquals(homeBefore.size(), homeAfter.size(), "the home page neither: " + homeAfter);
    }
}
