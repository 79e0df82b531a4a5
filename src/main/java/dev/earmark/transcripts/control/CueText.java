package dev.earmark.transcripts.control;

import java.util.Map;

/**
 * The text of a WebVTT or SubRip cue as plain text and its speaker. A voice tag ({@code <v Name>},
 * {@code <v.loud Name>}) names the speaker (the first one, if a cue has several); every other tag ({@code <c>},
 * {@code <i>}, {@code <b>}, {@code <u>}, {@code <ruby>}, {@code <rt>}, {@code <lang>}, SubRip's {@code <font>},
 * timestamps such as {@code <00:01.000>}) goes with its markup, keeping what it encloses. A {@code <} starts a tag only
 * before a letter or {@code /}, or as a timestamp (digits, colons and dots up to a {@code >}), so "a < b" and "3<4" in
 * a SubRip cue stay text; a tag runs to the next {@code >} or the end. Character references are decoded: the named
 * ones WebVTT writers use and numeric ones; any other {@code &} stays as it is. Runs of white space, line breaks
 * included, become one space; control characters go.
 *
 * <p>One pass over the text, and the search for a tag's end never starts twice from one place: linear in the
 * length, whatever the upload holds.
 */
final class CueText {

    private static final Map<String, String> NAMED_REFERENCES = Map.of("amp", "&", "lt", "<", "gt", ">",
            "quot", "\"", "apos", "'", "nbsp", "\u00A0", "lrm", "\u200E", "rlm", "\u200F");
    /** The longest reference read: {@code &#x10FFFF;} and every named one fit. */
    private static final int LONGEST_REFERENCE = 10;

    /** @param speaker null when no voice tag names one */
    record Spoken(String speaker, String text) {
    }

    private CueText() {
    }

    static Spoken parse(String markup) {
        StringBuilder text = new StringBuilder(markup.length());
        String speaker = null;
        int length = markup.length();
        int i = 0;
        while (i < length) {
            char c = markup.charAt(i);
            if (c == '<' && startsTag(markup, i + 1)) {
                int end = markup.indexOf('>', i + 1);
                int tagEnd = end < 0 ? length : end;
                if (speaker == null) {
                    speaker = voice(markup.substring(i + 1, tagEnd));
                }
                i = tagEnd + 1;
            } else if (c == '&') {
                i = appendReference(markup, i, text);
            } else {
                text.append(c);
                i++;
            }
        }
        return new Spoken(speaker, collapseWhiteSpace(text));
    }

    /**
     * Plain text with its white space collapsed, without control characters and halves of surrogate pairs (a JSON
     * string can escape both, and a database's text type may refuse them), nothing else changed.
     */
    static String collapseWhiteSpace(CharSequence text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (Character.isWhitespace(c)) {
                space = true;
            } else if (pair || !Character.isISOControl(c) && !Character.isSurrogate(c)) {
                if (space && !collapsed.isEmpty()) {
                    collapsed.append(' ');
                }
                space = false;
                collapsed.append(c);
                if (pair) {
                    collapsed.append(text.charAt(++i));
                }
            }
        }
        return collapsed.toString();
    }

    /** Whether a tag starts here, after a {@code <}: a name or end tag, or a timestamp that {@code >} closes. */
    private static boolean startsTag(String markup, int from) {
        if (from >= markup.length()) {
            return false;
        }
        char first = markup.charAt(from);
        if (Character.isLetter(first) || first == '/') {
            return true;
        }
        // Each scan stops at the next character that is no digit, ':' or '.', so no character is scanned twice here.
        int i = from;
        while (i < markup.length() && isTimestampCharacter(markup.charAt(i))) {
            i++;
        }
        return Character.isDigit(first) && i < markup.length() && markup.charAt(i) == '>';
    }

    private static boolean isTimestampCharacter(char c) {
        return c >= '0' && c <= '9' || c == ':' || c == '.';
    }

    /** The speaker a start tag names: the annotation of {@code v}, {@code v.class…}, else null. */
    private static String voice(String tag) {
        if (tag.isEmpty() || tag.charAt(0) != 'v' || tag.length() > 1 && !isNameEnd(tag.charAt(1))) {
            return null;
        }
        int annotation = 1;
        while (annotation < tag.length() && !Character.isWhitespace(tag.charAt(annotation))) {
            annotation++;
        }
        StringBuilder name = new StringBuilder();
        int i = annotation;
        while (i < tag.length()) {
            if (tag.charAt(i) == '&') {
                i = appendReference(tag, i, name);
            } else {
                name.append(tag.charAt(i++));
            }
        }
        String speaker = collapseWhiteSpace(name);
        return speaker.isEmpty() ? null : speaker;
    }

    private static boolean isNameEnd(char c) {
        return c == '.' || Character.isWhitespace(c);
    }

    /** Appends the reference at {@code ampersand} decoded, or the {@code &} alone; returns where reading goes on. */
    private static int appendReference(String markup, int ampersand, StringBuilder out) {
        int limit = Math.min(markup.length(), ampersand + LONGEST_REFERENCE + 1);
        int semicolon = -1;
        for (int i = ampersand + 1; i < limit; i++) {
            char c = markup.charAt(i);
            if (c == ';') {
                semicolon = i;
                break;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                break;
            }
        }
        String decoded = semicolon < 0 ? null : decode(markup.substring(ampersand + 1, semicolon));
        if (decoded == null) {
            out.append('&');
            return ampersand + 1;
        }
        out.append(decoded);
        return semicolon + 1;
    }

    private static String decode(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return NAMED_REFERENCES.get(name);
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        try {
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) && codePoint != 0
                    && (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE)
                    ? Character.toString(codePoint) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
