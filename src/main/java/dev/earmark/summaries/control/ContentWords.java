package dev.earmark.summaries.control;

import dev.earmark.platform.control.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * The words of a sentence that say what it is about, as stems, so that "trains" and "train" are one word. English
 * (also when the language is not known) is read by Lucene's {@link EnglishAnalyzer} (Porter stemmer) with the longer
 * Snowball stop list, not the analyser's own 33 words, and the words that fill speech without saying anything
 * ("yeah", "okay", "actually"): a conversation is mostly such words. Other languages have no stemming and no stop
 * words: every word counts, which ranks less well but never fails.
 */
final class ContentWords {

    /** Said all the time without saying anything: fillers of speech, and modal verbs and quantities missing from the
     * Snowball list (it leaves out "can" and "will" as they are nouns too). */
    private static final List<String> SPOKEN_FILLERS = List.of("yeah", "yes", "yep", "okay", "ok", "oh", "um", "uh",
            "hmm", "well", "right", "just", "really", "actually", "basically", "literally", "gonna", "kind", "sort",
            "lot", "lots", "thing", "things", "stuff", "let", "let's", "can", "will", "must", "may", "might", "shall",
            "one", "also", "much", "many", "even", "still");
    /** Words of greeting and thanks, which make a sentence small talk unless it says much more. */
    private static final String COURTESIES = "thanks welcome pleasure hello goodbye";
    /** A sentence with one of the courtesies is small talk up to this many content words. */
    private static final int MOST_WORDS_OF_SMALL_TALK = 5;

    private static final ContentWords ENGLISH = new ContentWords(new EnglishAnalyzer(englishStopWords()));
    private static final ContentWords ANY_LANGUAGE = new ContentWords(new StandardAnalyzer());

    private final Analyzer analyzer;
    private final Set<String> courtesies;

    private ContentWords(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.courtesies = analyzer instanceof EnglishAnalyzer ? stems(COURTESIES) : Set.of();
    }

    static ContentWords of(Locale language) {
        return isEnglish(language) ? ENGLISH : ANY_LANGUAGE;
    }

    /** English, or no language known. */
    static boolean isEnglish(Locale language) {
        return language.getLanguage().isEmpty() || language.getLanguage().equals("en");
    }

    /** The distinct stems of a text's content words, in the order they first occur. */
    Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        words(text).forEach(word -> stems.add(word.term()));
        return stems;
    }

    /** Every content word of a text in order, as its stem, with where it stands in the text and among its words. */
    List<Token> words(String text) {
        // The stop list spells "don't" with the typewriter's apostrophe; transcripts often have the typographer's.
        return Token.all(analyzer, text.replace('\u2019', '\''));
    }

    /** Whether a sentence of these stems is a greeting or thanks ("Thanks for having me, Pascal."). */
    boolean isSmallTalk(Set<String> stems) {
        return stems.size() <= MOST_WORDS_OF_SMALL_TALK && stems.stream().anyMatch(courtesies::contains);
    }

    /** Whether a stem is one of greeting or thanks, which says nothing of what is talked about. */
    boolean isCourtesy(String stem) {
        return courtesies.contains(stem);
    }

    private static CharArraySet englishStopWords() {
        try {
            CharArraySet snowball = WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8));
            CharArraySet words = new CharArraySet(snowball, false);
            words.addAll(SPOKEN_FILLERS);
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's English stop words are missing", e);
        }
    }
}
