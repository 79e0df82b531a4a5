package dev.earmark.search.control;

import dev.earmark.platform.control.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English text as PostgreSQL's {@code english} configuration reads it, so that both databases find the same: the
 * Snowball stop words (PostgreSQL's english.stop is that list) and the Snowball English stemmer (Porter2, which
 * PostgreSQL uses too; Lucene's own EnglishAnalyzer has the older Porter stemmer and a shorter stop list).
 */
public final class SearchAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS = loadStopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stems = new SnowballFilter(new StopFilter(new LowerCaseFilter(words), STOP_WORDS), new EnglishStemmer());
        return new TokenStreamComponents(words, stems);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** The stems of a text in order, stop words left out but counted in the positions. */
    public List<Token> tokens(String text) {
        return Token.all(this, text);
    }

    private static CharArraySet loadStopWords() {
        try {
            return WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's English stop words are missing", e);
        }
    }
}
