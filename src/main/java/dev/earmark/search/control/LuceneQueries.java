package dev.earmark.search.control;

import dev.earmark.platform.control.Token;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A {@link SearchQuery} as a Lucene query on one field, built from analysed words (no query parser reads what was
 * typed): each word a term that must occur, each phrase a {@link PhraseQuery} keeping the gaps that stop words leave
 * (as PostgreSQL's {@code <N>} distance does), exclusions {@code MUST_NOT}, and the last word a prefix of the stems in
 * the index, as typed or stemmed, so that "transparen" and "transparency" both find "transpar".
 */
public final class LuceneQueries {

    private final SearchAnalyzer analyzer;

    public LuceneQueries(SearchAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Query on(String field, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean required = false;
        for (SearchQuery.Clause clause : query.clauses()) {
            List<Token> tokens = analyzer.tokens(String.join(" ", clause.words()));
            if (tokens.isEmpty()) {
                continue;
            }
            builder.add(clause(field, tokens), clause.excluded() ? Occur.MUST_NOT : Occur.MUST);
            required |= !clause.excluded();
        }
        if (query.prefix().isPresent()) {
            BooleanQuery.Builder beginnings = new BooleanQuery.Builder();
            new QueryTerms(query, analyzer).prefixes()
                    .forEach(prefix -> beginnings.add(new PrefixQuery(new Term(field, prefix)), Occur.SHOULD));
            builder.add(beginnings.build(), Occur.MUST);
            required = true;
        }
        return required ? builder.build() : new MatchNoDocsQuery("nothing that must occur");
    }

    public QueryTerms terms(SearchQuery query) {
        return new QueryTerms(query, analyzer);
    }

    private static Query clause(String field, List<Token> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position() - first));
        return phrase.build();
    }
}
