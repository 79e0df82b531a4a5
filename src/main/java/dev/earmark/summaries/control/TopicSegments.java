package dev.earmark.summaries.control;

import dev.earmark.platform.control.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a transcript turns to another topic, after Hearst's TextTiling ("TextTiling: Segmenting Text into
 * Multi-paragraph Subtopic Passages", 1997): words about one topic recur while it lasts and give way to others when
 * it changes. At each gap between two sentences where a new cue starts, the content words of the {@link #BLOCK_WORDS}
 * said before are compared with those of the {@link #BLOCK_WORDS} said after (cosine of their counts; speakers' names,
 * greetings and thanks left out); the curve of these similarities is smoothed ({@link #SMOOTHING} gaps either side),
 * and each valley of the curve scores its depth: how far the curve falls into it from the highest point it climbs to
 * on the left plus on the right. A valley deeper than most ({@link #CUTOFF_DEVIATIONS}) and than {@link #MIN_DEPTH}
 * may be a boundary; the deepest are taken first, each at least {@link EpisodeSuggestion#MIN_CHAPTER_MILLIS} from the
 * start, from the end of the speech and from every boundary taken before, so that no topic is shorter than that.
 *
 * <p>The constants were tuned on transcripts joined from the demo conversations (docs/summaries.md), choosing among
 * settings that score alike rather than the single best.
 */
final class TopicSegments {

    /** How many content words each side of a gap are compared: about a minute and a half of conversation. */
    private static final int BLOCK_WORDS = 120;
    /** The similarity at a gap is the mean of those at this many gaps either side and its own. */
    private static final int SMOOTHING = 3;
    /**
     * A valley may be a boundary when it is deeper than the mean depth of all valleys plus this many of their standard
     * deviations (less than the mean: Hearst's liberal cut-off is one deviation below it).
     */
    private static final double CUTOFF_DEVIATIONS = -0.5;
    /** A valley shallower than this (in cosine) is taken for the ups and downs of one topic, whatever the others. */
    private static final double MIN_DEPTH = 0.1;

    private TopicSegments() {
    }

    /**
     * The sentences that start a new topic, in order (never the first).
     *
     * @param endMillis when the speech ends
     */
    static List<Integer> starts(SpokenSentences sentences, long endMillis) {
        int[][] words = topicWords(sentences);
        int distinctWords = Arrays.stream(words).flatMapToInt(Arrays::stream).max().orElse(-1) + 1;
        Block before = new Block(distinctWords);
        Block after = new Block(distinctWords);
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < sentences.size(); i++) {
            long start = sentences.sentence(i).startMillis();
            if (start > sentences.sentence(i - 1).startMillis()) {
                gaps.add(i);
            }
        }
        if (gaps.size() < 3) {
            return List.of();
        }
        double[] similarities = smoothed(gaps.stream().mapToDouble(gap -> similarity(words, gap, before, after)).toArray());
        List<Integer> valleys = new ArrayList<>();
        for (int g = 0; g < gaps.size(); g++) {
            boolean lowest = (g == 0 || similarities[g] <= similarities[g - 1])
                    && (g == gaps.size() - 1 || similarities[g] < similarities[g + 1]);
            if (lowest) {
                valleys.add(g);
            }
        }
        double[] depths = new double[gaps.size()];
        valleys.forEach(g -> depths[g] = depth(similarities, g));
        double cutoff = cutoff(valleys.stream().mapToDouble(g -> depths[g]).toArray());
        List<Integer> starts = new ArrayList<>();
        valleys.stream()
                .filter(g -> depths[g] > cutoff && depths[g] >= MIN_DEPTH)
                .sorted(Comparator.comparingDouble((Integer g) -> -depths[g]).thenComparing(Comparator.naturalOrder()))
                .map(gaps::get)
                .forEachOrdered(sentence -> {
                    long start = sentences.sentence(sentence).startMillis();
                    boolean apart = start >= EpisodeSuggestion.MIN_CHAPTER_MILLIS
                            && endMillis - start >= EpisodeSuggestion.MIN_CHAPTER_MILLIS
                            && starts.stream().allMatch(taken -> Math.abs(
                                    sentences.sentence(taken).startMillis() - start)
                                    >= EpisodeSuggestion.MIN_CHAPTER_MILLIS);
                    if (apart) {
                        starts.add(sentence);
                    }
                });
        starts.sort(Comparator.naturalOrder());
        return starts;
    }

    /** Each sentence's words as numbers, one per distinct word, so that blocks are counted in arrays. */
    private static int[][] topicWords(SpokenSentences sentences) {
        Map<String, Integer> numbers = new HashMap<>();
        int[][] words = new int[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) {
            words[i] = sentences.words(i).stream().map(Token::term)
                    .filter(term -> !sentences.contentWords().isCourtesy(term))
                    .mapToInt(term -> numbers.computeIfAbsent(term, next -> numbers.size())).toArray();
        }
        return words;
    }

    /** The cosine of the counts of the words said before the sentence and from it on. */
    private static double similarity(int[][] words, int sentence, Block before, Block after) {
        for (int i = sentence - 1; i >= 0 && before.counted < BLOCK_WORDS; i--) {
            before.add(words[i]);
        }
        for (int i = sentence; i < words.length && after.counted < BLOCK_WORDS; i++) {
            after.add(words[i]);
        }
        long product = 0;
        for (int word : before.distinct()) {
            product += (long) before.counts[word] * after.counts[word];
        }
        double norms = Math.sqrt((double) before.squares() * after.squares());
        before.clear();
        after.clear();
        return norms == 0 ? 0 : product / norms;
    }

    /** The counts of the words of a block, kept in an array over all of the transcript's distinct words. */
    private static final class Block {

        private final int[] counts;
        private final List<Integer> distinct = new ArrayList<>();
        private int counted;

        Block(int words) {
            counts = new int[words];
        }

        void add(int[] sentence) {
            for (int word : sentence) {
                if (counts[word]++ == 0) {
                    distinct.add(word);
                }
            }
            counted += sentence.length;
        }

        List<Integer> distinct() {
            return distinct;
        }

        long squares() {
            long squares = 0;
            for (int word : distinct) {
                squares += (long) counts[word] * counts[word];
            }
            return squares;
        }

        void clear() {
            distinct.forEach(word -> counts[word] = 0);
            distinct.clear();
            counted = 0;
        }
    }

    private static double[] smoothed(double[] values) {
        double[] smoothed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int from = Math.max(0, i - SMOOTHING);
            int to = Math.min(values.length - 1, i + SMOOTHING);
            double sum = 0;
            for (int j = from; j <= to; j++) {
                sum += values[j];
            }
            smoothed[i] = sum / (to - from + 1);
        }
        return smoothed;
    }

    /** How far the curve falls into the valley at {@code gap} from the tops it climbs to on either side. */
    private static double depth(double[] similarities, int gap) {
        double left = similarities[gap];
        for (int j = gap - 1; j >= 0 && similarities[j] >= similarities[j + 1]; j--) {
            left = similarities[j];
        }
        double right = similarities[gap];
        for (int j = gap + 1; j < similarities.length && similarities[j] >= similarities[j - 1]; j++) {
            right = similarities[j];
        }
        return left - similarities[gap] + right - similarities[gap];
    }

    private static double cutoff(double[] depths) {
        if (depths.length == 0) {
            return 0;
        }
        double mean = 0;
        for (double depth : depths) {
            mean += depth;
        }
        mean /= depths.length;
        double variance = 0;
        for (double depth : depths) {
            variance += (depth - mean) * (depth - mean);
        }
        return mean + CUTOFF_DEVIATIONS * Math.sqrt(variance / depths.length);
    }
}
