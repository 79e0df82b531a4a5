package dev.earmark.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a listener typed, read the way web search engines read it: every word must occur, {@code "quoted words"}
 * in that order, {@code -word} and {@code -"quoted words"} must not; the last word, unless a space follows it, may
 * be the beginning of a word (search as you type). Words are runs of letters and digits, lowercased; everything
 * else only separates them, so nothing a listener types ever reaches a query language as its syntax — the database
 * and the index are given words, never the typed text.
 *
 * @param clauses what must (or must not) occur, in the order typed; a clause of several words is a phrase
 * @param prefix  the last word when it may be unfinished
 */
public record SearchQuery(List<Clause> clauses, Optional<String> prefix) {

    /** Longer input is cut: nobody types more, and each word costs the index a lookup. */
    public static final int MAX_LENGTH = 200;
    /** A one-letter prefix would match a large part of the vocabulary, so it counts as a whole word. */
    static final int MIN_PREFIX = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** @param words one or more words; several are a phrase */
    public record Clause(List<String> words, boolean excluded) {

        public Clause {
            words = List.copyOf(words);
        }

        public boolean isPhrase() {
            return words.size() > 1;
        }
    }

    public SearchQuery {
        clauses = List.copyOf(clauses);
    }

    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        List<Clause> clauses = new ArrayList<>();
        int at = 0;
        boolean lastIsBareWord = false;
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                break;
            }
            boolean excluded = text.charAt(at) == '-';
            if (excluded) {
                at++;
            }
            boolean quoted = at < text.length() && text.charAt(at) == '"';
            int end;
            String part;
            if (quoted) {
                int close = text.indexOf('"', at + 1);
                end = close < 0 ? text.length() : close + 1;
                part = text.substring(at + 1, close < 0 ? text.length() : close);
            } else {
                end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                part = text.substring(at, end);
            }
            List<String> words = words(part);
            if (!words.isEmpty()) {
                clauses.add(new Clause(words, excluded));
            }
            lastIsBareWord = !quoted && !excluded && words.size() == 1 && end == text.length()
                    && WORD.matcher(text.substring(end - 1, end)).matches();
            at = end;
        }
        if (lastIsBareWord && clauses.get(clauses.size() - 1).words().get(0).length() >= MIN_PREFIX) {
            String prefix = clauses.remove(clauses.size() - 1).words().get(0);
            return new SearchQuery(clauses, Optional.of(prefix));
        }
        return new SearchQuery(clauses, Optional.empty());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Whether anything must occur: a query of exclusions alone, or of nothing, finds nothing. */
    public boolean isSearchable() {
        return prefix.isPresent() || clauses.stream().anyMatch(clause -> !clause.excluded());
    }

    /**
     * The clauses in the syntax of PostgreSQL's {@code websearch_to_tsquery}, every word quoted (so that a typed
     * "or" is a word, not that syntax's operator); empty when there are none. Words are letters and digits only.
     */
    public String webSearchText() {
        return clauses.stream()
                .map(clause -> (clause.excluded() ? "-" : "") + '"' + String.join(" ", clause.words()) + '"')
                .collect(Collectors.joining(" "));
    }
}
