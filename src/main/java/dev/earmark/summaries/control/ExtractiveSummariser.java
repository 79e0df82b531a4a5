package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A title and key takeaways of a transcript excerpt, taken from its own sentences, with no model: the sentences
 * ({@link SpokenSentences}) ranked by TextRank over their content words ({@link TextRank}, {@link ContentWords}).
 * The same excerpt always gives the same summary.
 *
 * <p>Of the sentences that may be a takeaway ({@link SpokenSentences}: no small talk, no speaker named, statements
 * over questions), the best-ranked ones (on a tie the earlier) are taken, up to {@link #MAX_TAKEAWAYS}, leaving out
 * near duplicates of one taken before, and are given in the order they were said. The title comes from the best one
 * ({@link Titles}).
 */
public final class ExtractiveSummariser {

    public static final int MAX_TITLE_LENGTH = 80;
    public static final int MAX_TAKEAWAY_LENGTH = 240;
    public static final int MAX_TAKEAWAYS = 3;

    private ExtractiveSummariser() {
    }

    /**
     * The summary of an excerpt, or empty when the excerpt has no sentence that could be a takeaway (nothing but
     * small talk, say): the snip then goes without, as one without a transcript does.
     *
     * @param cues     the excerpt, in the order they are spoken; untimed cues (all at 0) are read as well
     * @param language the transcript's language; English (or unknown) is read best, any other without stemming
     */
    public static Optional<Summary> summarise(List<Cue> cues, Locale language) {
        SpokenSentences sentences = SpokenSentences.of(cues, language);
        double[] scores = sentences.ranks(0, sentences.size());
        List<Integer> picked = new ArrayList<>();
        sentences.pickInto(picked, sentences.bestFirst(sentences.takeable(0, sentences.size()), scores, 0),
                MAX_TAKEAWAYS);
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        String title = Titles.of(sentences.sentence(picked.get(0)).text(), sentences.contentWords(), language);
        List<Takeaway> takeaways = picked.stream().sorted()
                .map(i -> new Takeaway(sentences.sentence(i).text(), i, sentences.sentence(i).startMillis()))
                .toList();
        return Optional.of(new Summary(title, takeaways));
    }
}
