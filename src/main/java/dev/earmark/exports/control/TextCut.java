package dev.earmark.exports.control;

/** Texts cut to a service's limits: at a word where there is one, never inside a character's UTF-16 pair. */
final class TextCut {

    private TextCut() {
    }

    /** The text, or its start up to {@code max} characters ending at a word with "…". */
    static String atWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = safeEnd(text, max - 1);
        int space = text.lastIndexOf(' ', end);
        int cut = space > max / 2 ? space : end;
        return text.substring(0, cut).strip() + "…";
    }

    /** An end no later than {@code end} that does not split a surrogate pair. */
    static int safeEnd(String text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }
}
