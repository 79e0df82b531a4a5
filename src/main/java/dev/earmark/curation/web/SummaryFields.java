package dev.earmark.curation.web;

import java.io.Serializable;
import java.util.List;

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

    /** The summary as typed, none as an empty text. */
    String summaryText() {
        return summary == null ? "" : summary;
    }

    /** The topics as typed, a line each. */
    List<String> topicList() {
        return topics == null ? List.of() : topics.lines().toList();
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
