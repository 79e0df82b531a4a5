package dev.earmark.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an episode is about, in short: a summary of a few sentences and its topics, each with who wrote it (a curator,
 * the built-in extract of the transcript, or a language model, named). Plain text: whoever shows it escapes it.
 * Immutable: a change makes a new one, normalised (blanks collapsed, no line breaks, topics without repeats).
 */
@Embeddable
public class EpisodeSummary {

    public static final int TEXT_MAX = 400;
    public static final int TOPIC_MAX = 60;
    public static final int TOPICS_MAX = 8;
    public static final int MODEL_MAX = 200;
    /** The topics, a line each. */
    static final int TOPICS_COLUMN_MAX = TOPICS_MAX * (TOPIC_MAX + 1);

    public static final EpisodeSummary NONE = new EpisodeSummary();

    @Size(max = TEXT_MAX)
    @Column(name = "summary", length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "summary_source", length = 10)
    private TextSource textSource;

    @Size(max = MODEL_MAX)
    @Column(name = "summary_model", length = MODEL_MAX)
    private String textModel;

    @Size(max = TOPICS_COLUMN_MAX)
    @Column(name = "topics", length = TOPICS_COLUMN_MAX)
    private String topics;

    @Enumerated(EnumType.STRING)
    @Column(name = "topics_source", length = 10)
    private TextSource topicsSource;

    @Size(max = MODEL_MAX)
    @Column(name = "topics_model", length = MODEL_MAX)
    private String topicsModel;

    protected EpisodeSummary() {
    }

    private EpisodeSummary(EpisodeSummary copy) {
        text = copy.text;
        textSource = copy.textSource;
        textModel = copy.textModel;
        topics = copy.topics;
        topicsSource = copy.topicsSource;
        topicsModel = copy.topicsModel;
    }

    /** A summary as a text of one paragraph: blanks and line breaks collapsed to single spaces. */
    public static String normalText(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Topics as stored: each {@link #normalText}, blank ones and repeats (whatever their case) left out. */
    public static List<String> normalTopics(List<String> topics) {
        List<String> normal = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String topic : topics == null ? List.<String>of() : topics) {
            String text = normalText(topic);
            String key = text.toLowerCase(Locale.ROOT);
            if (!text.isEmpty() && !seen.contains(key)) {
                seen.add(key);
                normal.add(text);
            }
        }
        return normal;
    }

    /**
     * This with another summary text: none for a blank one.
     *
     * @param model the model's name for {@link TextSource#MODEL}, else ignored
     */
    public EpisodeSummary withText(String newText, TextSource source, String model) {
        EpisodeSummary changed = new EpisodeSummary(this);
        changed.text = blankToNull(normalText(newText));
        changed.textSource = changed.text == null ? null : source;
        changed.textModel = changed.text == null || source != TextSource.MODEL ? null : model;
        return changed;
    }

    /** This with other topics: none for an empty list. */
    public EpisodeSummary withTopics(List<String> newTopics, TextSource source, String model) {
        EpisodeSummary changed = new EpisodeSummary(this);
        changed.topics = blankToNull(String.join("\n", normalTopics(newTopics)));
        changed.topicsSource = changed.topics == null ? null : source;
        changed.topicsModel = changed.topics == null || source != TextSource.MODEL ? null : model;
        return changed;
    }

    public Optional<String> findText() {
        return Optional.ofNullable(text);
    }

    /** The summary, or an empty text. */
    public String getText() {
        return text == null ? "" : text;
    }

    public TextSource getTextSource() {
        return textSource;
    }

    public String getTextModel() {
        return textModel;
    }

    public List<String> getTopics() {
        return topics == null ? List.of() : Arrays.asList(topics.split("\n"));
    }

    public TextSource getTopicsSource() {
        return topicsSource;
    }

    public String getTopicsModel() {
        return topicsModel;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
