package dev.earmark.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.insights.control.DayFigures;
import dev.earmark.insights.entity.EpisodeDay;
import dev.earmark.testing.server.InsightsFixtures;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlRows;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the measurement behind docs/performance.md, run by tools/benchmark/aggregation.sh on the embedded H2.
 * One day of 1,000,000 listening ranges of four one-hour episodes (250,000 each, over the daily cap, as nothing but
 * this benchmark can store them): 25,000 page views per episode of 10 ranges of 30 s each, 20,000 clients with
 * 64-character hashes, seeded by one INSERT … SELECT over H2's SYSTEM_RANGE; then the day's aggregation is timed, a
 * few times over (each run deletes and writes the day's rows again).
 */
class ListeningAggregationBenchmark extends ServerTest {

    private static final int EVENTS = 1_000_000;
    private static final int EPISODES = 4;
    private static final int RANGES_PER_VIEW = 10;
    private static final int RUNS = 3;

    @Inject
    InsightsFixtures insights;

    @Inject
    SqlRows sql;

    @Test
    void measure() throws IOException {
        Show show = fixtures.show("Aggregation benchmark " + UUID.randomUUID());
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < EPISODES; i++) {
            episodes.add(insights.episodeWithAudio(show, "Episode " + i, 3600, 36_000));
        }
        LocalDate day = LocalDate.of(2026, 1, 15);
        long seeding = System.nanoTime();
        sql.update("INSERT INTO listening_event (id, version, calendar_day, received_at, episode_id, view_key, client_hash,"
                + " context, origin, client_class, start_second, end_second)"
                + " SELECT NEXT VALUE FOR earmark_seq, 0, ?, CURRENT_TIMESTAMP,"
                + " CASE MOD(X, 4) WHEN 0 THEN ? WHEN 1 THEN ? WHEN 2 THEN ? ELSE ? END,"
                + " LPAD(CAST(X / (4 * " + RANGES_PER_VIEW + ") AS VARCHAR), 22, 'v'),"
                + " LPAD(CAST(MOD(X / (4 * " + RANGES_PER_VIEW + "), 20000) AS VARCHAR), 64, '0'),"
                + " 'EARMARK', '', 'DESKTOP', MOD(X * 37, 3570), MOD(X * 37, 3570) + 30"
                + " FROM SYSTEM_RANGE(0, " + (EVENTS - 1) + ")", day, episodes.get(0).getId(), episodes.get(1).getId(),
                episodes.get(2).getId(), episodes.get(3).getId());
        seeding = System.nanoTime() - seeding;
        List<String> report = new ArrayList<>();
        report.add("seeded " + EVENTS + " listening ranges of " + EPISODES + " episodes in " + seeding / 1_000_000 + " ms");
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            DayFigures figures = insights.aggregated(day);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(EVENTS / RANGES_PER_VIEW, figures.episodeDays().stream().mapToInt(EpisodeDay::getPlays).sum());
            report.add("run " + run + ": aggregated " + EVENTS + " ranges into " + figures.episodeDays().size()
                    + " episode days, " + figures.audienceMinutes().size() + " audience minutes in " + millis
                    + " ms; heap in use after: " + heapMegabytes() + " MB");
        }
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "earmark-aggregation-benchmark.txt"), report);
        report.forEach(System.out::println);
    }

    private static long heapMegabytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
