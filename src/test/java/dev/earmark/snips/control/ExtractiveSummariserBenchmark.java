package dev.earmark.snips.control;

import dev.earmark.summaries.control.DemoExcerpts;
import dev.earmark.summaries.control.ExtractiveSummariser;

import dev.earmark.transcripts.control.Cue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the measurement behind docs/performance.md ("Snips"), run by tools/benchmark/snips.sh. The built-in
 * summariser over every excerpt a tap can save of the demo's conversations: 60 s and 180 s before taps every 5 s of
 * each of the ten demo transcripts, timed after a warm-up, and once cold (the first call of a fresh JVM, which loads
 * Lucene's analyser).
 */
class ExtractiveSummariserBenchmark {

    private static final long[] LENGTHS = {60_000, 180_000};
    private static final long SPEECH_MILLIS = 215_000;
    private static final long STEP_MILLIS = 5_000;
    private static final int ROUNDS = 20;

    @Test
    void measure() throws IOException {
        List<List<Cue>> excerpts = excerpts();
        long cold = System.nanoTime();
        ExtractiveSummariser.summarise(excerpts.get(0), Locale.ENGLISH);
        double coldMillis = (System.nanoTime() - cold) / 1e6;
        for (int round = 0; round < ROUNDS; round++) {
            excerpts.forEach(excerpt -> ExtractiveSummariser.summarise(excerpt, Locale.ENGLISH));
        }
        double[] millis = new double[excerpts.size() * ROUNDS];
        int next = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (List<Cue> excerpt : excerpts) {
                long start = System.nanoTime();
                ExtractiveSummariser.summarise(excerpt, Locale.ENGLISH);
                millis[next++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        int cues = excerpts.stream().mapToInt(List::size).max().orElse(0);
        String report = String.format(Locale.ROOT, "excerpts: %d (up to %d cues), timed %d times each%n"
                        + "cold (first call): %.1f ms%np50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                excerpts.size(), cues, ROUNDS, coldMillis, nearestRank(millis, 50), nearestRank(millis, 95),
                nearestRank(millis, 99), millis[millis.length - 1]);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "earmark-snips-benchmark.txt"), report,
                StandardCharsets.UTF_8);
    }

    private static List<List<Cue>> excerpts() throws IOException {
        List<List<Cue>> excerpts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dev/earmark/demo/audio"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".vtt")).sorted().toList()) {
                String episode = file.getFileName().toString().replace(".vtt", "");
                for (long length : LENGTHS) {
                    for (long tap = length; tap <= SPEECH_MILLIS; tap += STEP_MILLIS) {
                        excerpts.add(SnipRange.of(tap - length, tap, DemoExcerpts.timed(episode, 0, Long.MAX_VALUE))
                                .excerpt());
                    }
                }
            }
        }
        return excerpts;
    }

    private static double nearestRank(double[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
