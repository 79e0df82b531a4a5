package dev.earmark.curation.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** A summary and topics as a form holds them while a curator edits: plain values, the topics a line each. */
public class SummaryFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String summary;
    private String topics;

    static SummaryFields of(String summary, List<String> topics) {
        SummaryFields fields = new SummaryFields();
        fields.summary = summary;
        fields.topics = String.join("\n", topics);
        return fields;
    }

    /** The summary as typed (none as an empty text), unless it is as {@code loaded} had it. */
    Optional<String> changedSummary(SummaryFields loaded) {
        String typed = summary == null ? "" : summary;
        return typed.equals(loaded.summary == null ? "" : loaded.summary) ? Optional.empty() : Optional.of(typed);
    }

    /** The topics as typed, a line each, unless they are as {@code loaded} had them. */
    Optional<List<String>> changedTopics(SummaryFields loaded) {
        List<String> typed = lines(topics);
        return typed.equals(lines(loaded.topics)) ? Optional.empty() : Optional.of(typed);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }
}
