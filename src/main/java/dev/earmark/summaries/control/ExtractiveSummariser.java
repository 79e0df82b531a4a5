package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A title and key takeaways of a transcript excerpt, taken from its own sentences, with no model: the sentences
 * ({@link SentenceSplitter}) ranked by TextRank over their content words ({@link TextRank}, {@link ContentWords}).
 * The same excerpt always gives the same summary.
 *
 * <p>What may become a takeaway: a sentence with at least {@link #MIN_CONTENT_WORDS} content words that is no small
 * talk ("Thanks for having me."). Of those, whole statements are taken; questions only when the excerpt has no whole
 * statement (a question is a good link between sentences about one thing, so it counts in the ranking, but seldom the
 * point itself); sentences cut by the excerpt's start or end or by the length limit only when there is neither. Every
 * sentence of {@link #MIN_WORDS_TO_RANK} content words or more counts in the ranking, small talk too. Speakers' names
 * are no content words: the host's name in every greeting would make greetings central. A sentence that names one of
 * the speakers is about the people, not the subject, and no takeaway: it greets, introduces ("My guest is Nora, an
 * engineer whose path ran from…"), thanks or addresses someone.
 *
 * <p>Of the sentences that may, the best-ranked ones (on a tie the earlier) are taken, up to {@link #MAX_TAKEAWAYS},
 * leaving out any that shares most of its content words with one taken before ({@link #NEAR_DUPLICATE}), and are
 * given in the order they were said. The title comes from the best one ({@link Titles}).
 */
public final class ExtractiveSummariser {

    public static final int MAX_TITLE_LENGTH = 80;
    public static final int MAX_TAKEAWAY_LENGTH = 240;
    public static final int MAX_TAKEAWAYS = 3;
    /** A sentence with fewer content words is too short to be a takeaway ("Then came launch day."). */
    static final int MIN_CONTENT_WORDS = 4;
    /** A sentence with fewer content words is left out of the ranking too ("Very closely."). */
    static final int MIN_WORDS_TO_RANK = 3;
    /** Two sentences are near duplicates when this share of the shorter one's content words are in the other. */
    static final double NEAR_DUPLICATE = 0.75;
    /** Scores are compared to this many decimal places, so that rounding cannot decide between equals. */
    private static final double SCORE_PRECISION = 1e9;

    private ExtractiveSummariser() {
    }

    /**
     * The summary of an excerpt, or empty when the excerpt has no sentence that could be a takeaway (nothing but
     * small talk, say): the snip then goes without, as one without a transcript does.
     *
     * @param cues     the excerpt, in the order they are spoken; untimed cues (all at 0) are read as well
     * @param language the transcript's language; English (or unknown) is read best, any other without stemming
     */
    public static Optional<Summary> summarise(List<Cue> cues, Locale language) {
        ContentWords words = ContentWords.of(language);
        List<Sentence> sentences = SentenceSplitter.split(cues, language);
        Set<String> names = speakersNames(cues, words);
        List<Set<String>> stems = new ArrayList<>(sentences.size());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> content = words.stems(sentences.get(i).text());
            boolean namesASpeaker = content.removeAll(names);
            stems.add(content);
            if (content.size() >= MIN_CONTENT_WORDS && !namesASpeaker && !words.isSmallTalk(content)) {
                candidates.add(i);
            }
        }
        // A sentence too short to be a takeaway is too short to say which others it is like: its one or two words
        // would hand all its weight to the few sentences that happen to share them ("Very closely." to "closely").
        double[] scores = TextRank.scores(stems.stream()
                .map(content -> content.size() < MIN_WORDS_TO_RANK ? Set.<String>of() : content).toList());
        List<Integer> picked = pick(candidates, sentences, stems, scores);
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        String title = Titles.of(sentences.get(picked.get(0)).text(), words, language);
        List<Takeaway> takeaways = picked.stream().sorted()
                .map(i -> new Takeaway(sentences.get(i).text(), i, sentences.get(i).startMillis()))
                .toList();
        return Optional.of(new Summary(title, takeaways));
    }

    /** The takeaways' sentences, best first: of the best kind there is, by score, without near duplicates. */
    private static List<Integer> pick(List<Integer> candidates, List<Sentence> sentences, List<Set<String>> stems,
            double[] scores) {
        int bestKind = candidates.stream().mapToInt(i -> kind(sentences.get(i))).min().orElse(-1);
        List<Integer> picked = new ArrayList<>();
        candidates.stream()
                .filter(i -> kind(sentences.get(i)) == bestKind)
                .sorted(Comparator.comparingLong((Integer i) -> -Math.round(scores[i] * SCORE_PRECISION))
                        .thenComparing(Comparator.naturalOrder()))
                .forEachOrdered(i -> {
                    if (picked.size() < MAX_TAKEAWAYS
                            && picked.stream().noneMatch(taken -> nearDuplicates(stems.get(taken), stems.get(i)))) {
                        picked.add(i);
                    }
                });
        return picked;
    }

    /** 0 for a whole statement, 1 for a whole question, 2 for a sentence cut short: the lower, the better. */
    private static int kind(Sentence sentence) {
        if (!sentence.complete()) {
            return 2;
        }
        return sentence.question() ? 1 : 0;
    }

    private static boolean nearDuplicates(Set<String> one, Set<String> other) {
        return TextRank.shared(one, other) >= NEAR_DUPLICATE * Math.min(one.size(), other.size());
    }

    private static Set<String> speakersNames(List<Cue> cues, ContentWords words) {
        return cues.stream().map(Cue::speaker).filter(Objects::nonNull).distinct()
                .flatMap(speaker -> words.stems(speaker).stream())
                .collect(Collectors.toSet());
    }
}
