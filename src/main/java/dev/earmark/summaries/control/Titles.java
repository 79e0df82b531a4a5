package dev.earmark.summaries.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A snip's title from its best sentence: the sentence itself when it is short enough (without a leading "And" or
 * "But"), else its clause with the most content words (a clause alone often says the point: "The migration to native
 * made the app much faster"), else its start up to a word that is no stop word, and "…". Never a full stop or a comma
 * at the end.
 */
final class Titles {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]\\s+|\\s+[-\u2013\u2014]\\s+");
    /** Words that link a clause to the one before, which a title standing alone goes without. */
    private static final Set<String> ENGLISH_LINKS = Set.of("and", "but", "so", "or", "because", "then", "which");

    private Titles() {
    }

    static String of(String sentence, ContentWords words, Locale language) {
        String whole = capitalised(withoutLink(TextCuts.stripTrailingPunctuation(sentence), language));
        if (whole.length() <= ExtractiveSummariser.MAX_TITLE_LENGTH) {
            return whole;
        }
        return richestClause(whole, words, language).orElseGet(() -> start(whole, words));
    }

    private static Optional<String> richestClause(String sentence, ContentWords words, Locale language) {
        String richest = null;
        int mostWords = SpokenSentences.MIN_CONTENT_WORDS - 1;
        for (String part : CLAUSE_BREAK.split(sentence)) {
            String clause = capitalised(withoutLink(TextCuts.stripTrailingPunctuation(part.strip()), language));
            int contentWords = words.stems(clause).size();
            if (clause.length() <= ExtractiveSummariser.MAX_TITLE_LENGTH && contentWords > mostWords) {
                richest = clause;
                mostWords = contentWords;
            }
        }
        return Optional.ofNullable(richest);
    }

    /** The sentence's start up to its last word that fits, stop words dropped from the end, and "…". */
    private static String start(String sentence, ContentWords words) {
        String start = sentence.substring(0, TextCuts.wordEnd(sentence, 0, ExtractiveSummariser.MAX_TITLE_LENGTH - 1));
        int lastSpace = start.lastIndexOf(' ');
        while (lastSpace > 0 && words.stems(start.substring(lastSpace + 1)).isEmpty()) {
            start = start.substring(0, lastSpace);
            lastSpace = start.lastIndexOf(' ');
        }
        return TextCuts.stripTrailingPunctuation(start) + TextCuts.ELLIPSIS;
    }

    private static String withoutLink(String clause, Locale language) {
        int firstSpace = clause.indexOf(' ');
        boolean linked = firstSpace > 0 && ContentWords.isEnglish(language)
                && ENGLISH_LINKS.contains(clause.substring(0, firstSpace).toLowerCase(Locale.ROOT));
        return linked ? clause.substring(firstSpace + 1) : clause;
    }

    /** With a capital first, unless its second letter is one too ("iOS", "eBay" stay as they are written). */
    static String capitalised(String clause) {
        boolean lowerCase = clause.length() >= 2 && Character.isLowerCase(clause.charAt(0))
                && !Character.isUpperCase(clause.charAt(1));
        if (!lowerCase) {
            return clause;
        }
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }
}
