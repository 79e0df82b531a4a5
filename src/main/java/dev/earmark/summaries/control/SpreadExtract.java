package dev.earmark.summaries.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An episode's summary from its own sentences, spread over the whole of it rather than all from its start: the
 * episode is cut into as many equal parts as the summary has sentences, and each part gives its best sentence
 * (TextRank within the part, of what may stand for what is said, {@link SpokenSentences}; no near duplicate of one
 * given before), in the order they were said. Four parts when their sentences fit in
 * {@link EpisodeSuggestion#SUMMARY_MAX} characters, else three, else two; else the two halves' best sentences short
 * enough to go together; else the first half's best sentence alone (a sentence is at most
 * {@link ExtractiveSummariser#MAX_TAKEAWAY_LENGTH} characters, {@link SentenceSplitter}). TextRank compares every two
 * sentences it ranks, so a long part is ranked in blocks ({@link #MOST_RANKED_TOGETHER}), each scoring its sentences
 * among themselves.
 */
final class SpreadExtract {

    static final int MOST_SENTENCES = 4;
    static final int FEWEST_SENTENCES = 2;
    /**
     * The most sentences ranked together, about six minutes of conversation: a longer part is ranked in blocks, so
     * that the work grows with the length of the transcript, not with its square.
     */
    static final int MOST_RANKED_TOGETHER = 100;

    private final SpokenSentences sentences;
    /** TextRank's scores of each part ranked so far, by its first and last sentence. */
    private final Map<List<Integer>, double[]> ranks = new HashMap<>();

    private SpreadExtract(SpokenSentences sentences) {
        this.sentences = sentences;
    }

    /** The summary, or an empty text when no sentence may stand for what is said. */
    static String of(SpokenSentences sentences) {
        SpreadExtract extract = new SpreadExtract(sentences);
        for (int parts = MOST_SENTENCES; parts >= FEWEST_SENTENCES; parts--) {
            if (extract.mayFit(parts)) {
                List<Integer> picked = extract.picks(parts, Integer.MAX_VALUE);
                if (picked.size() >= FEWEST_SENTENCES && fits(sentences, picked)) {
                    return joined(sentences, picked);
                }
            }
        }
        List<Integer> shortOnes = extract.picks(FEWEST_SENTENCES,
                (EpisodeSuggestion.SUMMARY_MAX - 1) / FEWEST_SENTENCES);
        if (shortOnes.size() == FEWEST_SENTENCES) {
            return joined(sentences, shortOnes);
        }
        return joined(sentences, extract.picks(FEWEST_SENTENCES, Integer.MAX_VALUE).stream().limit(1).toList());
    }

    /**
     * Whether the parts' shortest sentences that may be taken would fit together: when not, their best ones cannot
     * either, and the parts need not be ranked (a transcript without punctuation is all pieces of the longest length).
     */
    private boolean mayFit(int parts) {
        int shortest = parts - 1;
        for (int part = 0; part < parts; part++) {
            shortest += sentences.takeable(from(part, parts), from(part + 1, parts)).stream()
                    .mapToInt(i -> sentences.sentence(i).text().length()).min().orElse(0);
        }
        return shortest <= EpisodeSuggestion.SUMMARY_MAX;
    }

    /** Each part's best sentence of at most {@code longest} characters, in the order they were said. */
    private List<Integer> picks(int parts, int longest) {
        List<Integer> picked = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            int from = from(part, parts);
            int to = from(part + 1, parts);
            List<Integer> candidates = sentences.takeable(from, to).stream()
                    .filter(i -> sentences.sentence(i).text().length() <= longest).toList();
            if (!candidates.isEmpty()) {
                double[] scores = ranks.computeIfAbsent(List.of(from, to), range -> ranks(from, to));
                sentences.pickInto(picked, sentences.bestFirst(candidates, scores, from), picked.size() + 1);
            }
        }
        return picked;
    }

    /**
     * TextRank's scores of the sentences from {@code from} to {@code to} (exclusive), ranked in blocks of equal size
     * of at most {@link #MOST_RANKED_TOGETHER}.
     */
    private double[] ranks(int from, int to) {
        double[] scores = new double[to - from];
        int blocks = (to - from + MOST_RANKED_TOGETHER - 1) / MOST_RANKED_TOGETHER;
        for (int block = 0; block < blocks; block++) {
            int start = from + (int) ((long) (to - from) * block / blocks);
            int end = from + (int) ((long) (to - from) * (block + 1) / blocks);
            System.arraycopy(sentences.ranks(start, end), 0, scores, start - from, end - start);
        }
        return scores;
    }

    /** The first sentence of a part. */
    private int from(int part, int parts) {
        return (int) ((long) sentences.size() * part / parts);
    }

    private static boolean fits(SpokenSentences sentences, List<Integer> picked) {
        return joined(sentences, picked).length() <= EpisodeSuggestion.SUMMARY_MAX;
    }

    private static String joined(SpokenSentences sentences, List<Integer> picked) {
        return picked.stream().map(i -> sentences.sentence(i).text()).collect(Collectors.joining(" "));
    }
}
