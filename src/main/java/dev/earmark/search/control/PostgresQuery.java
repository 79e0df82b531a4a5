package dev.earmark.search.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SearchQuery} as a PostgreSQL {@code tsquery} expression whose words are bound parameters, never part of
 * the SQL: {@code websearch_to_tsquery} for the words, phrases and exclusions, and for an unfinished last word
 * {@code to_tsquery} of {@code 'word':*} as typed (config {@code simple}) or stemmed ({@code english}), so that
 * "transparen" and "transparency" both find the stem "transpar" — the same as {@link LuceneQueries}. When the stem
 * is the word as typed, as it mostly is, the prefix is asked for once: the GIN index reads every word that begins
 * with a prefix, and asked twice it read them twice.
 * <p>
 * The expression is made of immutable functions of the parameters only, so that PostgreSQL computes it once, when it
 * plans the statement, and sees the words: it estimates from its statistics how many rows they match.
 *
 * @param expression SQL with the positional parameters {@code ?first} …
 * @param parameters their values, in order
 */
public record PostgresQuery(String expression, List<String> parameters) {

    public PostgresQuery {
        parameters = List.copyOf(parameters);
    }

    /** @param first the number of the first positional parameter */
    public static PostgresQuery of(SearchQuery query, int first) {
        List<String> parts = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        int next = first;
        if (!query.clauses().isEmpty()) {
            parts.add("websearch_to_tsquery('english', ?" + next++ + ")");
            parameters.add(query.webSearchText());
        }
        if (query.prefix().isPresent()) {
            // The prefix is letters and digits only (SearchQuery.WORD), so ":*" after it is all the syntax there is.
            String typed = "to_tsquery('simple', ?" + next + ")";
            String stemmed = "to_tsquery('english', ?" + next + ")";
            parts.add("(CASE WHEN " + stemmed + " = " + typed + " THEN " + typed + " ELSE " + typed + " || " + stemmed
                    + " END)");
            parameters.add(query.prefix().get() + ":*");
        }
        return new PostgresQuery(parts.isEmpty() ? "''::tsquery" : String.join(" && ", parts), parameters);
    }
}
