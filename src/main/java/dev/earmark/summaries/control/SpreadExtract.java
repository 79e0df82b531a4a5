package dev.earmark.summaries.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An episode's summary from its own sentences, spread over the whole of it rather than all from its start: the
 * episode is cut into as many equal parts as the summary has sentences, and each part gives its best sentence
 * (TextRank within the part, of what may stand for what is said, {@link SpokenSentences}; no near duplicate of one
 * given before), in the order they were said. Four parts when their sentences fit in
 * {@link EpisodeSuggestion#SUMMARY_MAX} characters, else three, else two; else the two halves' best sentences short
 * enough to go together; else the first half's best sentence alone (a sentence is at most
 * {@link ExtractiveSummariser#MAX_TAKEAWAY_LENGTH} characters, {@link SentenceSplitter}). Ranking within parts also keeps the work
 * linear in the episode's length for a given part size: TextRank compares every two sentences it ranks.
 */
final class SpreadExtract {

    static final int MOST_SENTENCES = 4;
    static final int FEWEST_SENTENCES = 2;

    private SpreadExtract() {
    }

    /** The summary, or an empty text when no sentence may stand for what is said. */
    static String of(SpokenSentences sentences) {
        List<Integer> picked = List.of();
        for (int parts = MOST_SENTENCES; parts >= FEWEST_SENTENCES; parts--) {
            picked = picks(sentences, parts, Integer.MAX_VALUE);
            if (picked.size() >= FEWEST_SENTENCES && fits(sentences, picked)) {
                return joined(sentences, picked);
            }
        }
        List<Integer> shortOnes = picks(sentences, FEWEST_SENTENCES,
                (EpisodeSuggestion.SUMMARY_MAX - 1) / FEWEST_SENTENCES);
        if (shortOnes.size() == FEWEST_SENTENCES) {
            return joined(sentences, shortOnes);
        }
        return joined(sentences, picked.stream().limit(1).toList());
    }

    /** Each part's best sentence of at most {@code longest} characters, in the order they were said. */
    private static List<Integer> picks(SpokenSentences sentences, int parts, int longest) {
        List<Integer> picked = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            int from = (int) ((long) sentences.size() * part / parts);
            int to = (int) ((long) sentences.size() * (part + 1) / parts);
            List<Integer> candidates = sentences.takeable(from, to).stream()
                    .filter(i -> sentences.sentence(i).text().length() <= longest).toList();
            if (!candidates.isEmpty()) {
                sentences.pickInto(picked, sentences.bestFirst(candidates, sentences.ranks(from, to), from),
                        picked.size() + 1);
            }
        }
        return picked;
    }

    private static boolean fits(SpokenSentences sentences, List<Integer> picked) {
        return joined(sentences, picked).length() <= EpisodeSuggestion.SUMMARY_MAX;
    }

    private static String joined(SpokenSentences sentences, List<Integer> picked) {
        return picked.stream().map(i -> sentences.sentence(i).text()).collect(Collectors.joining(" "));
    }
}
