package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the measurement behind docs/performance.md, run by tools/benchmark/catalogue.sh.
 * A show with 10,000 episodes; each page is fetched over HTTP from inside the server (loopback),
 * after a warm-up; prints and writes the timings.
 */
class CataloguePageBenchmark extends ServerTest {

    private static final String SHOW = "benchmark-ten-thousand";
    private static final int EPISODES = 10_000;
    private static final int WARM_UP = 30;
    private static final int SAMPLES = 200;

    @Test
    void measure() throws IOException {
        long seeding = System.nanoTime();
        if (fixtures.findShow(SHOW).isEmpty()) {
            Show show = fixtures.showWithSlug(SHOW);
            for (int done = 0; done < EPISODES; done += 1000) {
                fixtures.publishedEpisodes(show, done, 1000, Instant.parse("2000-01-01T10:00:00Z"));
            }
        }
        seeding = System.nanoTime() - seeding;
        WebClient http = WebClient.anonymous(base);
        List<String> report = new ArrayList<>();
        report.add("episodes in the show: " + EPISODES + " (seeded in " + seeding / 1_000_000 + " ms)");
        report.add(line("show page 1 (HTML)", http, "shows/" + SHOW, "text/html"));
        report.add(line("show page 250 of 500 (HTML)", http, "shows/" + SHOW + "?page=250", "text/html"));
        report.add(line("show page 500 of 500 (HTML)", http, "shows/" + SHOW + "?page=500", "text/html"));
        report.add(line("API episodes page 1, size 20", http, "api/shows/" + SHOW + "/episodes", "application/json"));
        report.add(line("API episodes page 500, size 20", http, "api/shows/" + SHOW + "/episodes?page=500",
                "application/json"));
        report.add(line("home page (HTML)", http, "", "text/html"));
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "earmark-benchmark.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String line(String what, WebClient http, String path, String accept) {
        for (int i = 0; i < WARM_UP; i++) {
            assertEquals(200, http.get(path, accept).status());
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            assertEquals(200, http.get(path, accept).status());
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return String.format("%-32s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d requests)",
                what, millis.get(SAMPLES / 2), millis.get((int) (SAMPLES * 0.95)), millis.get(SAMPLES - 1), SAMPLES);
    }
}
