package dev.earmark.summaries.control;

import dev.earmark.platform.control.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The phrases a stretch of sentences is about: runs of one to {@link #MOST_WORDS} content words said one after the
 * other ("key transparency", "Python 3.12", "red team"), with no stop word, punctuation or speaker's name between
 * them and no greeting or thanks among them; small talk is left out whole.
 *
 * <p>A phrase scores how often it is said times the sum of its words' weights (how telling each word is, e.g. rare in
 * the catalogue): a phrase said as often as its own words outscores each of them, and one said once seldom beats one
 * said again and again. Phrases said at least twice come first; one said once only fills up. A phrase said mostly
 * within one longer phrase is no phrase of its own ({@link #FRAGMENT_SHARE}: "large language" of "large language
 * model"). Of phrases that are one within the other ("Python" and "Python 3.12", or the same words in another
 * order) only the better is kept. A phrase is given as it is said most often, where no sentence starts with it (whose
 * capital says nothing) if it is ever said so; on a tie as it was said first.
 */
final class KeyPhrases {

    static final int MOST_WORDS = 3;
    private static final String HYPHENS = "-\u2010\u2011";
    /** Between two words of one phrase there is only a space or a hyphen. */
    private static final String JOINERS = " " + HYPHENS;
    /** A phrase said this share of the times within one longer phrase is a part of that phrase, not one itself. */
    private static final double FRAGMENT_SHARE = 0.5;
    /** Scores are compared to this many decimal places, so that rounding cannot decide between equals. */
    private static final double SCORE_PRECISION = 1e9;

    private final Map<String, Candidate> candidates;

    private KeyPhrases(Map<String, Candidate> candidates) {
        this.candidates = candidates;
    }

    /** The phrases said in the sentences from {@code from} to {@code to} (exclusive). */
    static KeyPhrases in(SpokenSentences sentences, int from, int to) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            if (!sentences.isSmallTalk(i)) {
                String text = sentences.sentence(i).text();
                for (List<Token> run : runs(text, sentences.words(i), sentences.contentWords())) {
                    addPhrases(text, run, candidates);
                }
            }
        }
        for (Candidate longer : candidates.values()) {
            int words = longer.stems.size();
            if (words > 1) {
                for (List<String> part : List.of(longer.stems.subList(0, words - 1), longer.stems.subList(1, words))) {
                    // A part of numbers alone, or cut from a compound, is none.
                    Candidate shorter = candidates.get(String.join(" ", part));
                    if (shorter != null) {
                        shorter.saidWithin(longer);
                    }
                }
            }
        }
        return new KeyPhrases(candidates);
    }

    /**
     * The best phrases, best first, up to {@code most}, each at most {@code longest} characters, none within another.
     *
     * @param weight how telling a word (a stem) is
     */
    List<Phrase> best(ToDoubleFunction<String> weight, int most, int longest) {
        List<Phrase> ranked = candidates.values().stream()
                .filter(candidate -> candidate.spoken().length() <= longest && !candidate.isFragment())
                .map(candidate -> candidate.scored(weight))
                .sorted(Comparator.comparing((Phrase phrase) -> phrase.count() < 2)
                        .thenComparingLong(phrase -> -Math.round(phrase.score() * SCORE_PRECISION)))
                .toList();
        List<Phrase> best = new ArrayList<>();
        for (Phrase phrase : ranked) {
            if (best.size() == most) {
                break;
            }
            if (best.stream().noneMatch(taken -> oneWithinOther(taken.stems(), phrase.stems()))) {
                best.add(phrase);
            }
        }
        return best;
    }

    private static boolean oneWithinOther(Set<String> one, Set<String> other) {
        return one.containsAll(other) || other.containsAll(one);
    }

    /** The sentence's runs of content words with nothing between them that breaks a phrase. */
    private static List<List<Token>> runs(String text, List<Token> words, ContentWords contentWords) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        Token previous = null;
        for (Token word : words) {
            boolean follows = previous != null && word.position() == previous.position() + 1
                    && onlyJoiners(text, previous.end(), word.start());
            if (!follows && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (contentWords.isCourtesy(word.term())) {
                previous = null;
            } else {
                run.add(word);
                previous = word;
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean onlyJoiners(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (JOINERS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void addPhrases(String text, List<Token> run, Map<String, Candidate> candidates) {
        for (int first = 0; first < run.size(); first++) {
            StringBuilder key = new StringBuilder();
            for (int last = first; last < Math.min(run.size(), first + MOST_WORDS); last++) {
                key.append(key.isEmpty() ? "" : " ").append(run.get(last).term());
                List<Token> words = run.subList(first, last + 1);
                boolean whole = !hyphenated(text, run.get(first).start() - 1, -1)
                        && !hyphenated(text, run.get(last).end(), 1);
                if (whole && words.stream().anyMatch(word -> word.term().codePoints().anyMatch(Character::isLetter))) {
                    String spoken = text.substring(run.get(first).start(), run.get(last).end());
                    candidates.computeIfAbsent(key.toString(), stems -> new Candidate(words))
                            .add(spoken, startsSentence(text, run.get(first).start()));
                }
            }
        }
    }

    /**
     * Whether a hyphen at {@code at} ties the phrase to a word beyond it ({@code direction} -1 before, 1 after): then
     * the phrase is part of a compound whose other part is a stop word ("end-to-end encryption" has no phrase "end
     * encryption").
     */
    private static boolean hyphenated(String text, int at, int direction) {
        int beyond = at + direction;
        return beyond >= 0 && beyond < text.length() && HYPHENS.indexOf(text.charAt(at)) >= 0
                && Character.isLetterOrDigit(text.charAt(beyond));
    }

    private static boolean startsSentence(String text, int start) {
        return text.substring(0, start).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * A phrase as it is said most often.
     *
     * @param stems its words' stems
     * @param count how often it is said
     */
    record Phrase(String spoken, Set<String> stems, int count, double score) {
    }

    /** A phrase with every way it is said and how often. */
    private static final class Candidate {

        private final List<String> stems;
        private final Map<String, Integer> withinSentences = new LinkedHashMap<>();
        private final Map<String, Integer> startingSentences = new LinkedHashMap<>();
        private int count;
        /** How often the longer phrase with it that is said most often is said. */
        private int mostInOneLonger;

        Candidate(List<Token> words) {
            this.stems = words.stream().map(Token::term).toList();
        }

        void saidWithin(Candidate longer) {
            mostInOneLonger = Math.max(mostInOneLonger, longer.count);
        }

        /** Whether it is mostly said as part of one longer phrase ("large language" of "large language model"). */
        boolean isFragment() {
            return mostInOneLonger >= FRAGMENT_SHARE * count;
        }

        void add(String spoken, boolean startsSentence) {
            (startsSentence ? startingSentences : withinSentences).merge(spoken, 1, Integer::sum);
            count++;
        }

        String spoken() {
            Map<String, Integer> ways = withinSentences.isEmpty() ? startingSentences : withinSentences;
            String most = null;
            for (Map.Entry<String, Integer> way : ways.entrySet()) {
                if (most == null || way.getValue() > ways.get(most)) {
                    most = way.getKey();
                }
            }
            return most;
        }

        Phrase scored(ToDoubleFunction<String> weight) {
            double weights = stems.stream().mapToDouble(weight).sum();
            return new Phrase(spoken(), Set.copyOf(stems), count, count * weights);
        }
    }
}
