package dev.earmark.summaries.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.transcripts.control.Cue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How well the built-in engine's chapters find where a topic changes, on transcripts joined from passages of the demo
 * conversations ({@link JoinedTranscripts#evaluationSet()}): a suggested chapter start (but the first, at 0) finds a
 * true boundary when it is within {@link #TOLERANCE_MILLIS} of it, each true boundary found at most once (closest
 * pairs first). Precision, recall and F1 are over all boundaries of the set (micro-averaged), on the set the segmenter
 * was tuned on and on one held out from tuning. The numbers are in docs/summaries.md; the floors lie just below what
 * was measured, so that a change that makes chapters worse fails.
 */
class TopicSegmentationEvaluationTest {

    static final long TOLERANCE_MILLIS = 30_000;
    // Measured 2026-12-02: P 1.000 R 0.900 F1 0.947 (63 of 63, 70 true) and, held out, P 0.984 R 0.900 F1 0.940.
    private static final Floors EVALUATION_FLOORS = new Floors(0.98, 0.88, 0.93);
    private static final Floors HELD_OUT_FLOORS = new Floors(0.96, 0.88, 0.92);

    /** The least precision, recall and F1 a set must score. */
    record Floors(double precision, double recall, double f1) {

        void assertMet(Score score) {
            assertTrue(score.precision() >= precision, score::toString);
            assertTrue(score.recall() >= recall, score::toString);
            assertTrue(score.f1() >= f1, score::toString);
        }
    }

    /** Boundaries found, suggested and true, summed over transcripts. */
    record Score(int found, int suggested, int truth) {

        double precision() {
            return suggested == 0 ? 0 : (double) found / suggested;
        }

        double recall() {
            return truth == 0 ? 0 : (double) found / truth;
        }

        double f1() {
            return found == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        }

        Score plus(Score other) {
            return new Score(found + other.found, suggested + other.suggested, truth + other.truth);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d found of %d suggested, %d true)",
                    precision(), recall(), f1(), found, suggested, truth);
        }
    }

    @Test
    void chaptersStartWhereTheJoinedTopicsChange() {
        EVALUATION_FLOORS.assertMet(evaluate("evaluation set", JoinedTranscripts.evaluationSet()));
    }

    @Test
    void chaptersStartWhereTheTopicsChangeInTranscriptsNotTunedOn() {
        HELD_OUT_FLOORS.assertMet(evaluate("held-out set", JoinedTranscripts.heldOutSet()));
    }

    private static Score evaluate(String name, List<JoinedTranscripts.Joined> set) {
        DocumentFrequencies catalogue = demoCatalogue();
        Score score = evaluate(set, cues -> chapterStarts(cues, catalogue));
        System.out.println("Topic segmentation, " + name + " (" + set.size() + " joined transcripts), within "
                + TOLERANCE_MILLIS / 1000 + " s: " + score);
        return score;
    }

    static Score evaluate(List<JoinedTranscripts.Joined> set, Function<List<Cue>, List<Long>> segmenter) {
        Score total = new Score(0, 0, 0);
        for (JoinedTranscripts.Joined joined : set) {
            List<Long> suggested = segmenter.apply(joined.cues());
            total = total.plus(new Score(found(suggested, joined.boundaries()), suggested.size(),
                    joined.boundaries().size()));
        }
        return total;
    }

    /** The chapter starts but the first. */
    static List<Long> chapterStarts(List<Cue> cues, DocumentFrequencies catalogue) {
        return BuiltInSuggestions.suggest(cues, Locale.ENGLISH, catalogue).chapters().stream()
                .map(SuggestedChapter::startMillis).filter(start -> start > 0).toList();
    }

    /** The ten demo transcripts as the catalogue. */
    static DocumentFrequencies demoCatalogue() {
        List<String> episodes = DemoExcerpts.episodes();
        Map<String, Integer> counts = new HashMap<>();
        episodes.forEach(episode -> DocumentFrequencies.terms(DemoExcerpts.conversation(episode), Locale.ENGLISH)
                .forEach(term -> counts.merge(term, 1, Integer::sum)));
        return DocumentFrequencies.of(episodes.size(), counts);
    }

    /** How many true boundaries have a suggested one within the tolerance, each paired once, closest first. */
    private static int found(List<Long> suggested, List<Long> truth) {
        List<long[]> pairs = new ArrayList<>();
        for (int s = 0; s < suggested.size(); s++) {
            for (int t = 0; t < truth.size(); t++) {
                long distance = Math.abs(suggested.get(s) - truth.get(t));
                if (distance <= TOLERANCE_MILLIS) {
                    pairs.add(new long[] {distance, s, t});
                }
            }
        }
        pairs.sort(Comparator.<long[]>comparingLong(pair -> pair[0]).thenComparingLong(pair -> pair[1])
                .thenComparingLong(pair -> pair[2]));
        boolean[] suggestedUsed = new boolean[suggested.size()];
        boolean[] truthUsed = new boolean[truth.size()];
        int found = 0;
        for (long[] pair : pairs) {
            if (!suggestedUsed[(int) pair[1]] && !truthUsed[(int) pair[2]]) {
                suggestedUsed[(int) pair[1]] = true;
                truthUsed[(int) pair[2]] = true;
                found++;
            }
        }
        return found;
    }
}
