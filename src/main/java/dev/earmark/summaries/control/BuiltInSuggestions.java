package dev.earmark.summaries.control;

import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.transcripts.control.Cue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What Earmark suggests for an episode from its transcript with no model: a summary of its own sentences spread over
 * the episode ({@link SpreadExtract}), the key phrases that tell it from the rest of the catalogue ({@link KeyPhrases}
 * weighed by {@link DocumentFrequencies}) and chapters where its topic changes ({@link TopicSegments}), each titled
 * with the key phrase that tells it from the episode's other chapters. The same transcript and catalogue always give
 * the same suggestion.
 *
 * <p>Chapters need times, and at least two of them: an untimed transcript, one shorter than
 * {@link #SHORTEST_WITH_CHAPTERS} or one whose topic never changes gets none (a single chapter says no more than the
 * summary).
 */
public final class BuiltInSuggestions {

    /** A transcript of less speech gets no chapters: two would be the most it could hold, hardly worth a list. */
    static final long SHORTEST_WITH_CHAPTERS = 2 * EpisodeSuggestion.MIN_CHAPTER_MILLIS;
    /** Beyond the fewest, a topic scores at least this share of the best one's score. */
    static final double TOPIC_SHARE_OF_BEST = 0.25;

    private BuiltInSuggestions() {
    }

    /**
     * @param cues      the transcript, in the order they are spoken; untimed cues (all at 0) are read as well
     * @param language  the transcript's language; English (or unknown) is read best, any other without stemming
     * @param catalogue in how many of the catalogue's transcripts each word is; {@link DocumentFrequencies#NONE} when
     *                  not known
     */
    public static EpisodeSuggestion suggest(List<Cue> cues, Locale language, DocumentFrequencies catalogue) {
        SpokenSentences sentences = SpokenSentences.of(cues, language);
        return new EpisodeSuggestion(SpreadExtract.of(sentences), topics(sentences, catalogue),
                chapters(sentences, cues, catalogue), TextSource.EXTRACT, null);
    }

    private static List<String> topics(SpokenSentences sentences, DocumentFrequencies catalogue) {
        List<KeyPhrases.Phrase> best = KeyPhrases.in(sentences, 0, sentences.size())
                .best(catalogue::weight, EpisodeSuggestion.TOPICS_MAX, EpisodeSuggestion.TOPIC_MAX);
        List<String> topics = new ArrayList<>();
        for (KeyPhrases.Phrase phrase : best) {
            boolean telling = phrase.count() > 1 && phrase.score() >= TOPIC_SHARE_OF_BEST * best.get(0).score();
            if (topics.size() < EpisodeSuggestion.TOPICS_MIN || telling) {
                topics.add(phrase.spoken());
            }
        }
        return topics;
    }

    private static List<SuggestedChapter> chapters(SpokenSentences sentences, List<Cue> cues,
            DocumentFrequencies catalogue) {
        long endMillis = cues.stream().mapToLong(Cue::endMillis).max().orElse(0);
        if (endMillis < SHORTEST_WITH_CHAPTERS) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        starts.addAll(TopicSegments.starts(sentences, endMillis));
        starts.add(sentences.size());
        ToDoubleFunction<String> weight = withinEpisode(sentences, starts, catalogue);
        List<SuggestedChapter> chapters = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (int c = 0; c + 1 < starts.size(); c++) {
            long startMillis = chapters.isEmpty() ? 0 : sentences.sentence(starts.get(c)).startMillis();
            KeyPhrases.in(sentences, starts.get(c), starts.get(c + 1))
                    .best(weight, Integer.MAX_VALUE, EpisodeSuggestion.CHAPTER_TITLE_MAX).stream()
                    .map(phrase -> Titles.capitalised(phrase.spoken()))
                    .filter(title -> titles.add(title.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .ifPresent(title -> chapters.add(new SuggestedChapter(startMillis, title)));
        }
        return chapters.size() < 2 ? List.of() : chapters;
    }

    /**
     * How telling a word is of one chapter: how few of the episode's chapters say it (as the catalogue's weight
     * counts transcripts), times how few of the catalogue's transcripts do.
     */
    private static ToDoubleFunction<String> withinEpisode(SpokenSentences sentences, List<Integer> starts,
            DocumentFrequencies catalogue) {
        Map<String, Integer> chaptersSaying = new HashMap<>();
        for (int c = 0; c + 1 < starts.size(); c++) {
            Set<String> said = new HashSet<>();
            for (int i = starts.get(c); i < starts.get(c + 1); i++) {
                said.addAll(sentences.stems(i));
            }
            said.forEach(stem -> chaptersSaying.merge(stem, 1, Integer::sum));
        }
        DocumentFrequencies chapters = DocumentFrequencies.of(starts.size() - 1, chaptersSaying);
        return stem -> chapters.weight(stem) * catalogue.weight(stem);
    }
}
