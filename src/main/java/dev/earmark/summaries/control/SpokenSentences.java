package dev.earmark.summaries.control;

import dev.earmark.platform.control.Token;
import dev.earmark.transcripts.control.Cue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The sentences of a transcript or an excerpt as the summarisers read them ({@link SentenceSplitter}), each with its
 * content words ({@link ContentWords}), read once for all that is made of them.
 *
 * <p>Speakers' names are no content words: the host's name in every greeting would make greetings central. A sentence
 * that names one of the speakers is about the people, not the subject: it greets, introduces ("My guest is Nora, an
 * engineer whose path ran from…"), thanks or addresses someone.
 *
 * <p>What may stand for what is said (a snip's takeaway, a sentence of an episode's summary): a sentence with at least
 * {@link #MIN_CONTENT_WORDS} content words that is no small talk ("Thanks for having me.") and names no speaker. Of
 * those, whole statements first; questions only when there is no whole statement to take (a question is a good link
 * between sentences about one thing, so it counts in the ranking, but seldom the point itself); sentences cut short
 * (by an excerpt's start or end, or by the length limit) only when there is neither. Every sentence of
 * {@link #MIN_WORDS_TO_RANK} content words or more counts in the ranking, small talk too. Of two sentences that share
 * most of their content words ({@link #NEAR_DUPLICATE}) only one is taken.
 */
final class SpokenSentences {

    /** A sentence with fewer content words is too short to stand for anything ("Then came launch day."). */
    static final int MIN_CONTENT_WORDS = 4;
    /** A sentence with fewer content words is left out of the ranking too ("Very closely."). */
    static final int MIN_WORDS_TO_RANK = 3;
    /** Two sentences are near duplicates when this share of the shorter one's content words are in the other. */
    static final double NEAR_DUPLICATE = 0.75;
    /** Scores are compared to this many decimal places, so that rounding cannot decide between equals. */
    private static final double SCORE_PRECISION = 1e9;

    private final ContentWords contentWords;
    private final List<Sentence> sentences;
    private final List<List<Token>> words;
    private final List<Set<String>> stems;
    private final boolean[] namesASpeaker;

    private SpokenSentences(ContentWords contentWords, List<Sentence> sentences, List<List<Token>> words,
            List<Set<String>> stems, boolean[] namesASpeaker) {
        this.contentWords = contentWords;
        this.sentences = sentences;
        this.words = words;
        this.stems = stems;
        this.namesASpeaker = namesASpeaker;
    }

    /**
     * @param cues     in the order they are spoken; untimed cues (all at 0) are read as well
     * @param language the transcript's language; English (or unknown) is read best, any other without stemming
     */
    static SpokenSentences of(List<Cue> cues, Locale language) {
        ContentWords contentWords = ContentWords.of(language);
        List<Sentence> sentences = SentenceSplitter.split(cues, language);
        Set<String> names = cues.stream().map(Cue::speaker).filter(Objects::nonNull).distinct()
                .flatMap(speaker -> contentWords.stems(speaker).stream())
                .collect(Collectors.toSet());
        List<List<Token>> words = new ArrayList<>(sentences.size());
        List<Set<String>> stems = new ArrayList<>(sentences.size());
        boolean[] namesASpeaker = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> all = contentWords.words(sentences.get(i).text());
            List<Token> content = all.stream().filter(word -> !names.contains(word.term())).toList();
            namesASpeaker[i] = content.size() < all.size();
            words.add(content);
            stems.add(content.stream().map(Token::term).collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        return new SpokenSentences(contentWords, sentences, words, stems, namesASpeaker);
    }

    int size() {
        return sentences.size();
    }

    Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** The sentence's content words in the order they are said, repeats included, speakers' names left out. */
    List<Token> words(int index) {
        return words.get(index);
    }

    /** The sentence's distinct content words, speakers' names left out. */
    Set<String> stems(int index) {
        return stems.get(index);
    }

    ContentWords contentWords() {
        return contentWords;
    }

    boolean isSmallTalk(int index) {
        return contentWords.isSmallTalk(stems.get(index));
    }

    /** Whether the sentence may stand for what is said (see the class). */
    boolean mayBeTaken(int index) {
        return stems.get(index).size() >= MIN_CONTENT_WORDS && !namesASpeaker[index] && !isSmallTalk(index);
    }

    /** The sentences from {@code from} to {@code to} (exclusive) that may be taken. */
    List<Integer> takeable(int from, int to) {
        return IntStream.range(from, to).filter(this::mayBeTaken).boxed().toList();
    }

    /** TextRank's score of each sentence from {@code from} to {@code to} (exclusive), among those alone. */
    double[] ranks(int from, int to) {
        // A sentence too short to be taken is too short to say which others it is like: its one or two words would
        // hand all its weight to the few sentences that happen to share them ("Very closely." to "closely").
        return TextRank.scores(stems.subList(from, to).stream()
                .map(content -> content.size() < MIN_WORDS_TO_RANK ? Set.<String>of() : content).toList());
    }

    /**
     * Of the candidates (which may be taken), those of the best kind there is, best first: by score (the score of
     * sentence {@code i} is {@code scores[i - offset]}), on a tie the earlier.
     */
    List<Integer> bestFirst(List<Integer> candidates, double[] scores, int offset) {
        int bestKind = candidates.stream().mapToInt(this::kind).min().orElse(-1);
        return candidates.stream()
                .filter(i -> kind(i) == bestKind)
                .sorted(Comparator.comparingLong((Integer i) -> -Math.round(scores[i - offset] * SCORE_PRECISION))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Adds to {@code picked}, up to {@code most} in all, the first of {@code ranked} that repeat none picked. */
    void pickInto(List<Integer> picked, List<Integer> ranked, int most) {
        for (int candidate : ranked) {
            if (picked.size() >= most) {
                return;
            }
            if (picked.stream().noneMatch(taken -> nearDuplicates(taken, candidate))) {
                picked.add(candidate);
            }
        }
    }

    /** 0 for a whole statement, 1 for a whole question, 2 for a sentence cut short: the lower, the better. */
    private int kind(int index) {
        Sentence sentence = sentences.get(index);
        if (!sentence.complete()) {
            return 2;
        }
        return sentence.question() ? 1 : 0;
    }

    private boolean nearDuplicates(int one, int other) {
        Set<String> first = stems.get(one);
        Set<String> second = stems.get(other);
        return TextRank.shared(first, second) >= NEAR_DUPLICATE * Math.min(first.size(), second.size());
    }
}
