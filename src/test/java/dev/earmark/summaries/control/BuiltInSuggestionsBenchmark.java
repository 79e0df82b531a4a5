package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the measurement behind docs/performance.md ("Episode summaries"), run by tools/benchmark/summaries.sh.
 * The built-in suggestion (summary, topics, chapters) for a one-hour transcript, the demo conversations joined over
 * and over ({@link JoinedTranscripts#oneHour()}), against the ten demo transcripts as the catalogue: the first call of
 * the fresh JVM (which loads Lucene's analyser and the classes), then {@link #ROUNDS} calls after as many of warm-up.
 */
class BuiltInSuggestionsBenchmark {

    private static final int ROUNDS = 30;

    @Test
    void measure() throws IOException {
        List<Cue> cues = JoinedTranscripts.oneHour().cues();
        long cold = System.nanoTime();
        BuiltInSuggestions.suggest(cues, Locale.ENGLISH, DocumentFrequencies.NONE);
        double coldMillis = (System.nanoTime() - cold) / 1e6;
        DocumentFrequencies catalogue = TopicSegmentationEvaluationTest.demoCatalogue();
        for (int round = 0; round < ROUNDS; round++) {
            BuiltInSuggestions.suggest(cues, Locale.ENGLISH, catalogue);
        }
        double[] millis = new double[ROUNDS];
        EpisodeSuggestion suggestion = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            suggestion = BuiltInSuggestions.suggest(cues, Locale.ENGLISH, catalogue);
            millis[round] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        long words = cues.stream().mapToLong(cue -> cue.text().split("\\s+").length).sum();
        String report = String.format(Locale.ROOT, "one hour: %d cues, %d words, %.1f min of speech; %d topics, "
                        + "%d chapters%nfirst call of the JVM: %.1f ms%nafter warm-up, %d calls: p50 %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms%n",
                cues.size(), words, cues.get(cues.size() - 1).endMillis() / 60_000.0, suggestion.topics().size(),
                suggestion.chapters().size(), coldMillis, ROUNDS, nearestRank(millis, 50), nearestRank(millis, 95),
                millis[millis.length - 1]);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "earmark-summaries-benchmark.txt"), report,
                StandardCharsets.UTF_8);
    }

    private static double nearestRank(double[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
