package dev.earmark.search.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stems a query looks for and the beginnings its last word may have, to tell which words of a text it matched:
 * what the Lucene index marks in a passage (PostgreSQL's {@code ts_headline} does the same there).
 */
public final class QueryTerms {

    private final Set<String> stems = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();

    QueryTerms(SearchQuery query, SearchAnalyzer analyzer) {
        query.clauses().stream().filter(clause -> !clause.excluded())
                .forEach(clause -> analyzer.tokens(String.join(" ", clause.words()))
                        .forEach(token -> stems.add(token.term())));
        query.prefix().ifPresent(prefix -> {
            prefixes.add(prefix);
            analyzer.tokens(prefix).forEach(token -> prefixes.add(token.term()));
        });
    }

    /** The prefix as typed and its stem, if it has one (a stop word has none). */
    List<String> prefixes() {
        return List.copyOf(prefixes);
    }

    public boolean matches(String stem) {
        return stems.contains(stem) || prefixes.stream().anyMatch(stem::startsWith);
    }
}
