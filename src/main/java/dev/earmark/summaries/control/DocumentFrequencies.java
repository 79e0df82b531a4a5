package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How many of the catalogue's transcripts hold each content word (as its stem, {@link ContentWords}): what makes a
 * word telling of one episode is that it is said there and seldom elsewhere. Key phrases are weighed by their words
 * alone, so single stems are all it takes (no phrases).
 *
 * <p>Built from {@link #terms} of every transcript of the catalogue (each counts a stem once however often it is
 * said), in the transcripts' own languages; a stem nobody said counts 0. {@link #NONE} knows no catalogue: every word
 * weighs the same, and key phrases go by how often they are said.
 */
public final class DocumentFrequencies {

    public static final DocumentFrequencies NONE = new DocumentFrequencies(0, Map.of());

    private final int documents;
    private final Map<String, Integer> counts;

    private DocumentFrequencies(int documents, Map<String, Integer> counts) {
        this.documents = documents;
        this.counts = counts;
    }

    /**
     * @param documents how many transcripts were counted
     * @param counts    of each stem, in how many of them it is
     */
    public static DocumentFrequencies of(int documents, Map<String, Integer> counts) {
        if (documents < 0 || counts.values().stream().anyMatch(count -> count < 0 || count > documents)) {
            throw new IllegalArgumentException("a stem is in 0 to " + documents + " transcripts");
        }
        return new DocumentFrequencies(documents, Map.copyOf(counts));
    }

    /** The distinct stems of the content words of one transcript, speakers' names left out: what it adds. */
    public static Set<String> terms(List<Cue> cues, Locale language) {
        SpokenSentences sentences = SpokenSentences.of(cues, language);
        Set<String> terms = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            terms.addAll(sentences.stems(i));
        }
        return terms;
    }

    public int documents() {
        return documents;
    }

    /** In how many transcripts the stem is; 0 when in none. */
    public int count(String stem) {
        return counts.getOrDefault(stem, 0);
    }

    /**
     * How telling a stem is: ln(1 + N / n) of N transcripts, n of which hold it (at least this one: a stem counted in
     * none is of a transcript the catalogue has not counted yet). A word of every transcript weighs ln 2, one of this
     * transcript alone ln(1 + N); with no catalogue ({@link #NONE}) every word weighs 1.
     */
    double weight(String stem) {
        if (documents == 0) {
            return 1;
        }
        return Math.log1p((double) documents / Math.max(1, count(stem)));
    }
}
