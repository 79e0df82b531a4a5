package dev.earmark.search.control;

import dev.earmark.platform.control.Token;
import java.util.List;

/**
 * Passages with the words a query matched marked, as HTML that is safe to put into a page: the text is escaped
 * first, then the marks are added, so nothing of the text can be markup. A passage longer than {@link #MAX_WORDS}
 * words is cut around its first match, as PostgreSQL's {@code ts_headline} cuts it.
 */
public final class Highlights {

    /** Where PostgreSQL's {@code ts_headline} starts and stops a match: characters that no stored text contains. */
    public static final char START = '\u0002';
    public static final char STOP = '\u0003';
    /** How many words a passage shows at most, and how many before its first match when it is cut. */
    public static final int MAX_WORDS = 40;
    static final int WORDS_BEFORE = 8;

    private static final String ELLIPSIS = "…";

    private Highlights() {
    }

    /** The output of {@code ts_headline} with {@link #START}/{@link #STOP} around matches, as safe HTML. */
    public static String fromMarks(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        int from = 0;
        for (int at = 0; at < marked.length(); at++) {
            char c = marked.charAt(at);
            if (c == START || c == STOP) {
                escape(marked, from, at, html);
                if (c == START && !open) {
                    html.append("<mark>");
                    open = true;
                } else if (c == STOP && open) {
                    html.append("</mark>");
                    open = false;
                }
                from = at + 1;
            }
        }
        escape(marked, from, marked.length(), html);
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /** The text (cut to about {@link #MAX_WORDS} words around the first match) with the matching words marked. */
    public static String mark(String text, SearchAnalyzer analyzer, QueryTerms terms) {
        List<Token> words = analyzer.tokens(text);
        int firstMatch = 0;
        while (firstMatch < words.size() && !terms.matches(words.get(firstMatch).term())) {
            firstMatch++;
        }
        int first = words.size() <= MAX_WORDS || firstMatch == words.size() ? 0 : Math.max(0, firstMatch - WORDS_BEFORE);
        int last = Math.min(words.size(), first + MAX_WORDS) - 1;
        int from = first == 0 ? 0 : words.get(first).start();
        int to = last == words.size() - 1 ? text.length() : words.get(last).end();
        StringBuilder html = new StringBuilder(text.length() + 32);
        if (from > 0) {
            html.append(ELLIPSIS);
        }
        int at = from;
        for (int i = first; i <= last; i++) {
            Token word = words.get(i);
            if (terms.matches(word.term())) {
                escape(text, at, word.start(), html);
                html.append("<mark>");
                escape(text, word.start(), word.end(), html);
                html.append("</mark>");
                at = word.end();
            }
        }
        escape(text, at, to, html);
        if (to < text.length()) {
            html.append(ELLIPSIS);
        }
        return html.toString().strip();
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
