package dev.earmark.summaries.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words with a full stop that do not end a sentence. In any language: initials of two letters or more ("U.S.",
 * "J.R.R."). In English besides: the titles before a name and the Latin ones that always lead on ("e.g.", "vs.").
 * Left out on purpose are those that often end a sentence too ("etc.", "a.m.", "Inc.", "No."), and single initials
 * ("J. Smith"), which the pronoun "I." or "plan B." would mistake: the break iterator's sentence end stands there.
 * In other languages, with no list of their own, every single letter with a full stop goes on too, as their
 * abbreviations are often written spaced ("z. B.", "d. h.") and a sentence seldom ends in one letter.
 */
final class Abbreviations {

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}\\.");
    private static final Set<String> ENGLISH = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "mt.", "jr.",
            "sr.", "rev.", "gen.", "col.", "lt.", "sgt.", "capt.", "gov.", "sen.", "rep.", "e.g.", "i.e.", "cf.", "vs.",
            "approx.");

    private Abbreviations() {
    }

    /** Whether a sentence that the break iterator ended goes on, its last word being an abbreviation. */
    static boolean endsWithOne(String sentence, Locale language) {
        int lastSpace = sentence.lastIndexOf(' ');
        String word = trimOpening(sentence.substring(lastSpace + 1));
        if (INITIALS.matcher(word).matches()) {
            return true;
        }
        return ContentWords.isEnglish(language) ? ENGLISH.contains(word.toLowerCase(Locale.ROOT))
                : LETTER.matcher(word).matches();
    }

    /** The word without the brackets or quotes before it. */
    private static String trimOpening(String word) {
        int start = 0;
        while (start < word.length() && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        return word.substring(start);
    }
}
