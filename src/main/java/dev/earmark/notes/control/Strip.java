package dev.earmark.notes.control;

/**
 * Strips characters of a set off the ends of a text. A loop, not a pattern such as {@code [-:]+$}: a pattern anchored
 * at the end tries again from every character of a run that does not reach the end, which is quadratic in the run.
 */
final class Strip {

    private Strip() {
    }

    /** The text without the given characters at either end. */
    static String around(String text, String characters) {
        int start = 0;
        while (start < text.length() && characters.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start, endWithout(text, start, characters));
    }

    /** The text without the given characters at its end. */
    static String trailing(String text, String characters) {
        return text.substring(0, endWithout(text, 0, characters));
    }

    private static int endWithout(String text, int start, String characters) {
        int end = text.length();
        while (end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
