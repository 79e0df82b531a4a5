package dev.earmark.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.platform.control.PageRequest;
import dev.earmark.search.control.Documents.CueDocument;
import dev.earmark.search.control.Documents.EpisodeDocument;
import dev.earmark.search.control.Documents.ShowDocument;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class LuceneIndexTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static EpisodeDocument episode(long id, long version, String title, String... cues) {
        return new EpisodeDocument(id, version, "PUBLISHED", NOW.minusSeconds(60), title, "", "", "", List.of(),
                Arrays.stream(cues).map(text -> new CueDocument(1_000, text)).toList(), true);
    }

    private static long hits(LuceneIndex index, String typed) {
        return index.search(SearchQuery.parse(typed), NOW, new PageRequest(1, 10)).totalItems();
    }

    @Test
    void keepsVersionsAndReplacesAnEpisodeWithItsCues() {
        try (LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory(), "db")) {
            index.put(new ShowDocument(1, 3, "Ledger", null));
            index.put(episode(2, 5, "First", "alpha words", "beta words"));
            index.commit();
            assertEquals(Map.of(1L, 3L), index.showVersions());
            assertEquals(Map.of(2L, 5L), index.episodeVersions());
            assertEquals(1, hits(index, "alpha "));

            index.put(episode(2, 6, "First", "gamma words"));
            index.commit();
            assertEquals(Map.of(2L, 6L), index.episodeVersions());
            assertEquals(0, hits(index, "alpha "), "the old cues are gone");
            assertEquals(1, hits(index, "gamma "));

            index.removeEpisode(2);
            index.removeShow(1);
            index.commit();
            assertEquals(Map.of(), index.episodeVersions());
            assertEquals(0, hits(index, "gamma "));
            assertEquals(0, hits(index, "ledger "));
        }
    }

    @Test
    void anIndexOfAnotherDatabaseStartsEmpty() {
        Directory directory = new ByteBuffersDirectory();
        try (LuceneIndex index = new LuceneIndex(directory, "first")) {
            index.put(episode(2, 1, "First"));
            index.commit();
        }
        try (LuceneIndex same = new LuceneIndex(directory, "first")) {
            assertEquals(Map.of(2L, 1L), same.episodeVersions(), "the same database keeps its index");
        }
        try (LuceneIndex other = new LuceneIndex(directory, "second")) {
            assertEquals(Map.of(), other.episodeVersions(), "ids of a new database would repeat the old one's");
        }
    }
}
