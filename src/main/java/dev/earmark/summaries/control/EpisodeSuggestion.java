package dev.earmark.summaries.control;

import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.TextSource;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What Earmark suggests a curator says of an episode, from its transcript: a short summary, its topics and chapters.
 * All plain text (whoever shows it escapes it), for the curator to review: nothing of it is stored before they accept
 * it, but for a show that accepts summaries by itself (never chapters).
 *
 * @param summary  2–4 sentences, at most {@link #SUMMARY_MAX} characters; empty when the transcript has nothing to say
 * @param topics   key phrases, at most {@link #TOPICS_MAX}, each at most {@link #TOPIC_MAX} characters, most telling first
 * @param chapters by start, the first at 0, at most one per {@link #MIN_CHAPTER_MILLIS}
 * @param source   {@link TextSource#EXTRACT} or {@link TextSource#MODEL}
 * @param model    the model's name for {@link TextSource#MODEL}, else {@code null}
 */
public record EpisodeSuggestion(String summary, List<String> topics, List<SuggestedChapter> chapters, TextSource source,
        String model) implements Serializable {

    public static final int SUMMARY_MAX = EpisodeSummary.TEXT_MAX;
    public static final int TOPIC_MAX = EpisodeSummary.TOPIC_MAX;
    public static final int TOPICS_MIN = 3;
    public static final int TOPICS_MAX = EpisodeSummary.TOPICS_MAX;
    public static final int CHAPTER_TITLE_MAX = 80;
    /** At most one chapter per two minutes. */
    public static final long MIN_CHAPTER_MILLIS = 120_000;

    public EpisodeSuggestion {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        topics = List.copyOf(topics);
        chapters = List.copyOf(chapters);
    }
}
