package dev.earmark.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.search.control.SearchQuery;
import dev.earmark.testing.StoredIds;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueLinksTest {

    private final CatalogueLinks links = new CatalogueLinks();

    /** The player's requests of a stored file say so (they are no downloads); download links and enclosures do not. */
    @Test
    void thePlayerPlaysAStoredFileWithItsQueryAndAnEnclosureAsItIs() {
        Episode stored = new Episode(new Show(), "stored");
        stored.setAudioFile(StoredIds.withId(
                new MediaFile("key-7", "Episode 60.opus", "audio/ogg", 1L, "0".repeat(64), Instant.EPOCH), 7));
        assertEquals("/media/7/Episode%2060.opus", links.audio(stored));
        assertEquals("/media/7/Episode%2060.opus?via=player", links.playerAudio(stored));

        Episode elsewhere = new Episode(new Show(), "elsewhere");
        elsewhere.setAudio(new AudioEnclosure("https://cdn.example/e.mp3?token=abc&sig=x", "audio/mpeg", 1L));
        assertEquals("https://cdn.example/e.mp3?token=abc&sig=x", links.playerAudio(elsewhere),
                "another site's address, maybe signed, is not Earmark's to change");

        assertNull(links.playerAudio(new Episode(new Show(), "silent")));
    }

    @Test
    void aTopicIsSearchedAsOnePhrase() {
        assertEquals("/search?q=%22Virtual%20threads%22", links.topicSearch("Virtual threads"));
        assertEquals("/search?q=%22Java%22", links.topicSearch("Java"), "a word of its own, never a beginning");
    }

    @Test
    void aTopicsQuotesAndMarkupStayItsWordsOfOnePhrase() {
        for (String topic : List.of("The \"Loom\" project", "<b>x</b> & -y", "C++ at 50%")) {
            String link = links.topicSearch(topic);
            assertEquals(link, link.replaceAll("[^A-Za-z0-9%/?=._-]", ""), "encoded: " + link);
            SearchQuery read = SearchQuery.parse(URLDecoder.decode(link.substring("/search?q=".length()),
                    StandardCharsets.UTF_8));
            assertEquals(1, read.clauses().size(), topic + " → " + read);
            assertEquals(SearchQuery.parse(topic.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").clauses().stream()
                    .flatMap(clause -> clause.words().stream()).toList(), read.clauses().get(0).words(), topic);
        }
    }
}
