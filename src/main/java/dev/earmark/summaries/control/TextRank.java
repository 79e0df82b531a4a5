package dev.earmark.summaries.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How central each sentence of a text is (Mihalcea and Tarau, "TextRank", 2004): sentences are nodes, the similarity
 * of two sentences the weight of the edge between them, and PageRank run on that graph scores a sentence high when
 * many sentences that score high are like it. Similarity is the paper's: the content words both share, over the sum
 * of the logarithms of their lengths, so long sentences do not win by length alone.
 */
final class TextRank {

    static final double DAMPING = 0.85;
    /** Converged when no score moves more than this in an iteration. */
    private static final double CONVERGED = 1e-9;
    /** Far more than the few dozen iterations a graph of a few dozen sentences takes. */
    private static final int MAX_ITERATIONS = 500;

    private TextRank() {
    }

    /** The score of each sentence, given each one's content words; a sentence alike to no other scores 1 - d. */
    static double[] scores(List<Set<String>> sentences) {
        int n = sentences.size();
        // Most pairs of sentences share no word: each sentence keeps only its edges, which come in the order of the
        // other sentences (those before it while their rows are filled, then those after it in its own row), so that
        // the sums below add in the same order as over every sentence.
        List<List<Edge>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edges.add(new ArrayList<>());
        }
        double[] outgoing = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double similarity = similarity(sentences.get(i), sentences.get(j));
                if (similarity > 0) {
                    edges.get(i).add(new Edge(j, similarity));
                    edges.get(j).add(new Edge(i, similarity));
                    outgoing[i] += similarity;
                    outgoing[j] += similarity;
                }
            }
        }
        double[] scores = new double[n];
        Arrays.fill(scores, 1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double incoming = 0;
                for (Edge edge : edges.get(i)) {
                    incoming += edge.weight() / outgoing[edge.from()] * scores[edge.from()];
                }
                next[i] = 1 - DAMPING + DAMPING * incoming;
                change = Math.max(change, Math.abs(next[i] - scores[i]));
            }
            scores = next;
            if (change < CONVERGED) {
                break;
            }
        }
        return scores;
    }

    static double similarity(Set<String> one, Set<String> other) {
        int shared = shared(one, other);
        return shared == 0 ? 0 : shared / (Math.log1p(one.size()) + Math.log1p(other.size()));
    }

    static int shared(Set<String> one, Set<String> other) {
        Set<String> smaller = one.size() <= other.size() ? one : other;
        Set<String> larger = smaller == one ? other : one;
        int shared = 0;
        for (String word : smaller) {
            if (larger.contains(word)) {
                shared++;
            }
        }
        return shared;
    }

    /** An edge into a sentence: from which, and how alike the two are. */
    private record Edge(int from, double weight) {
    }
}
