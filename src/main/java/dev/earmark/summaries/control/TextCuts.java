package dev.earmark.summaries.control;

/** Cutting text short without cutting a word or leaving punctuation dangling at the end. */
final class TextCuts {

    static final String ELLIPSIS = "\u2026";
    private static final String TRAILING_PUNCTUATION = ".,;:\u2026-\u2013\u2014";

    private TextCuts() {
    }

    /**
     * The end of the last word of {@code text} that ends at {@code limit} or before, after {@code from}; when the first
     * word alone is longer, {@code limit} (never between the halves of a surrogate pair).
     */
    static int wordEnd(String text, int from, int limit) {
        if (limit >= text.length()) {
            return text.length();
        }
        for (int i = limit; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** The text without the full stops, commas, dashes, ellipses and spaces at its end; question marks stay. */
    static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1))
                || TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
