package dev.earmark.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.testing.DemoShow;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlRows;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the measurement behind docs/performance.md, run by tools/benchmark/notes.sh. A show of 10,000 episodes,
 * each with the notes of the demo's ARCHIVE episode (14 chapters, as tools/benchmark/throughput.sh seeds them); its
 * rows are put back to where the migration to derived notes left them (no derived text, derivation 0), and the
 * deployment's derivation is timed, a few times over.
 */
class NotesDerivationBenchmark extends ServerTest {

    private static final String SHOW = "benchmark-derived-notes";
    private static final int EPISODES = 10_000;
    private static final int RUNS = 3;

    @Inject
    Catalogue catalogue;

    @Inject
    OutdatedNotes outdatedNotes;

    @Inject
    SqlRows rows;

    @Test
    void measure() throws IOException {
        String notes = catalogue.findEpisode(DemoShow.SLUG, DemoShow.ARCHIVE).orElseThrow().getDescription();
        long seeding = System.nanoTime();
        Show show = fixtures.showWithSlug(SHOW);
        for (int done = 0; done < EPISODES; done += 1000) {
            fixtures.publishedEpisodes(show, done, 1000, Instant.parse("2000-01-01T10:00:00Z"));
        }
        rows.update("UPDATE episode SET description = ? WHERE show_id = ?", notes, show.getId());
        seeding = System.nanoTime() - seeding;
        List<String> report = new ArrayList<>();
        report.add("episodes: " + EPISODES + " with notes of " + notes.length() + " characters (seeded in "
                + seeding / 1_000_000 + " ms); batches of " + OutdatedNotes.BATCH_SIZE);
        for (int run = 1; run <= RUNS; run++) {
            rows.update("UPDATE episode SET notes_html = NULL, notes_html_without_timestamps = NULL, notes_teaser = NULL, "
                    + "notes_summary = NULL, notes_derivation = 0 WHERE show_id = ?", show.getId());
            long start = System.nanoTime();
            OutdatedNotes.Derived derived = outdatedNotes.deriveAgain();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(EPISODES, derived.episodes());
            report.add("run " + run + ": derived " + derived.episodes() + " episodes again in " + millis + " ms ("
                    + String.format("%.2f", millis / (double) EPISODES) + " ms per episode)");
        }
        long start = System.nanoTime();
        assertEquals(new OutdatedNotes.Derived(0, 0), outdatedNotes.deriveAgain());
        report.add("a deployment with nothing to derive: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "earmark-notes-benchmark.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
    }
}
