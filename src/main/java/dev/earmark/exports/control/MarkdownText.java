package dev.earmark.exports.control;

import java.util.regex.Pattern;

/**
 * Text from a transcript, a title or a tag written into Markdown as what it says, never as markup: each ASCII
 * punctuation character that CommonMark or Obsidian gives a meaning (emphasis, links, HTML, tables, tags, highlights,
 * math, comments, block references, e-mail links) is escaped with a backslash, a bare web address loses what makes it a link, and
 * white space becomes single spaces, so that the text stays on the one line it is put on and starts no block there.
 */
public final class MarkdownText {

    /**
     * Characters that mean something anywhere in a line, to CommonMark, GitHub's extensions (an e-mail address's "@"
     * makes it a link there) or Obsidian.
     */
    private static final String SPECIAL = "\\`*_[]<>#|~$%=^!&{}@";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** At a line's start: a list item ("-", "+", "1." or "1)"), a block quote, a heading, a thematic break. */
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d+)([.)])");

    private MarkdownText() {
    }

    /** {@code text} escaped, on one line; safe at the start of a line as well as within one. */
    public static String escape(String text) {
        String line = WHITESPACE.matcher(text == null ? "" : text).replaceAll(" ").strip();
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+')) || startsAutolink(line, i)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return LIST_NUMBER.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    /**
     * Whether the character at {@code i} makes a bare address a link in GitHub-flavoured Markdown and Obsidian: the
     * colon of "://" and the dot of a word "www.". Escaping it keeps the address as text.
     */
    private static boolean startsAutolink(String line, int i) {
        char c = line.charAt(i);
        if (c == ':') {
            return line.startsWith("//", i + 1);
        }
        return c == '.' && i >= 3 && line.regionMatches(true, i - 3, "www", 0, 3)
                && (i == 3 || !Character.isLetterOrDigit(line.charAt(i - 4)));
    }
}
