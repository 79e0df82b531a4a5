package dev.earmark.feeds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlCounter;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A feed lists all of a show's episodes and is rendered once per state of the catalogue: the queries of a rendering
 * do not grow with the episodes (none per episode for chapters, people or files), and an unchanged catalogue is
 * served from memory, asking the database nothing.
 */
class FeedQueriesIT extends ServerTest {

    private static final Instant FIRST = Instant.parse("2023-01-01T10:00:00Z");

    @Inject
    SqlCounter sql;

    @Test
    void aFeedsQueriesDoNotGrowWithItsEpisodesAndAnUnchangedOneAsksNothing() {
        Show small = showWith("Feed Few", 3);
        Show large = showWith("Feed Many", 40);
        WebClient http = WebClient.anonymous(base);

        List<String> forSmall = reads(sql.record(() -> assertEquals(200, http.fetch(feed(small)).statusCode())));
        List<String> forLarge = reads(sql.record(() -> assertEquals(200, http.fetch(feed(large)).statusCode())));
        assertEquals(forSmall.size(), forLarge.size(), "40 episodes cost what 3 cost: " + forLarge);
        assertTrue(forLarge.size() <= 12, forLarge.toString());

        HttpResponse<byte[]> again = http.fetch(feed(large));
        List<String> kept = reads(sql.record(() -> assertEquals(200, http.fetch(feed(large)).statusCode())));
        assertEquals(List.of(), kept, "rendered once per state of the catalogue");
        String xml = new String(again.body(), StandardCharsets.UTF_8);
        assertEquals(40, xml.split("<item>", -1).length - 1);
        assertEquals(80, xml.split("<psc:chapter ", -1).length - 1);
        assertTrue(xml.contains(">Host 3</podcast:person>"), xml);
    }

    @Test
    void aSaveIsInTheNextAnswer() {
        Show show = showWith("Feed Changing", 2);
        WebClient http = WebClient.anonymous(base);
        HttpResponse<byte[]> before = http.fetch(feed(show));
        Episode added = fixtures.episode(show, "Added Later", EpisodeStatus.PUBLISHED, FIRST.plus(Duration.ofDays(30)));

        HttpResponse<byte[]> after = http.fetch(feed(show), "If-None-Match",
                before.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, after.statusCode());
        String xml = new String(after.body(), StandardCharsets.UTF_8);
        assertTrue(xml.indexOf(added.getGuid()) > 0 && xml.indexOf(added.getGuid()) < xml.indexOf("Episode 2"),
                "the new episode, first: " + xml);
        Episode draft = fixtures.episode(show, "Not Yet", EpisodeStatus.DRAFT, FIRST);
        assertTrue(!new String(http.fetch(feed(show)).body(), StandardCharsets.UTF_8).contains(draft.getGuid()),
                "drafts are not listed");
    }

    private Show showWith(String title, int count) {
        Show show = fixtures.show(title);
        for (int i = 0; i < count; i++) {
            Episode episode = fixtures.episode(show, "Episode " + (count - i), EpisodeStatus.PUBLISHED,
                    FIRST.plus(Duration.ofDays(count - i)), new Chapter(0, "Start", null),
                    new Chapter(60_000 + i, "Middle", null));
            episode.setPeople(List.of(new Person("Host " + i, "host", "cast", null, null)));
            fixtures.save(episode);
        }
        return show;
    }

    /** Without the reading of the catalogue's state, which any request may do once a second. */
    private static List<String> reads(List<String> statements) {
        return statements.stream().filter(statement -> !statement.toLowerCase(Locale.ROOT)
                .contains("catalogue_revision")).toList();
    }

    private static String feed(Show show) {
        return "feeds/" + show.getSlug() + ".xml";
    }
}
