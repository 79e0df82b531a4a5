package dev.earmark.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RevisionCacheTest {

    private static final CatalogueState SEVEN = new CatalogueState(7, Instant.parse("2026-12-01T10:00:00Z"));
    private static final CatalogueState EIGHT = new CatalogueState(8, Instant.parse("2026-12-01T10:05:00Z"));

    private final List<String> reads = new ArrayList<>();
    private final Function<String, String> database = key -> {
        reads.add(key);
        return key + "@" + reads.size();
    };

    @Test
    void oneStateReadsEachKeyOnce() {
        RevisionCache<String, String> cache = new RevisionCache<>(10);

        assertEquals("a@1", cache.get(SEVEN, "a", database));
        assertEquals("a@1", cache.get(SEVEN, "a", database));
        assertEquals("b@2", cache.get(SEVEN, "b", database));

        assertEquals(List.of("a", "b"), reads);
    }

    @Test
    void aNewStateReadsAgain() {
        RevisionCache<String, String> cache = new RevisionCache<>(10);
        cache.get(SEVEN, "a", database);

        assertEquals("a@2", cache.get(EIGHT, "a", database));
        assertEquals("a@2", cache.get(EIGHT, "a", database));
    }

    @Test
    void anotherStateThanTheKeptOneNeverSeesItsValues() {
        RevisionCache<String, String> cache = new RevisionCache<>(10);
        cache.get(EIGHT, "a", database);

        assertEquals("a@2", cache.get(SEVEN, "a", database), "a read that saw the older state reads for itself");
        // A moved clock gives an equal revision another time: a different state, read again.
        assertEquals("a@3", cache.get(new CatalogueState(7, Instant.parse("2026-12-03T00:00:00Z")), "a", database));
    }

    @Test
    void aFullCacheStartsAfreshAndKeepsWhatIsAskedNow() {
        RevisionCache<String, String> cache = new RevisionCache<>(2);
        cache.get(SEVEN, "a", database);
        cache.get(SEVEN, "b", database);

        assertEquals("c@3", cache.get(SEVEN, "c", database));
        assertEquals("c@3", cache.get(SEVEN, "c", database));
        assertEquals("a@4", cache.get(SEVEN, "a", database), "dropped when the cache was full");
    }
}
