package dev.earmark.curation.web;

import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ChapterParser;
import dev.earmark.summaries.boundary.Suggested;
import dev.earmark.summaries.control.EpisodeSuggestion;
import java.io.Serializable;
import java.util.List;

/**
 * The episode editor's review of a suggestion: its summary and topics as the curator may change them before taking
 * them into the form, and its chapters, each to take or leave. Nothing of it is saved but what the curator takes and
 * then saves with the episode.
 */
public class SuggestionReview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Suggested suggested;
    private String summary;
    /** The topics, a line each. */
    private String topics;
    private final List<Row> chapters;
    /** How many chapters the last take added to the table; null before any. */
    private Integer chaptersAdded;

    SuggestionReview(Suggested suggested) {
        this.suggested = suggested;
        EpisodeSuggestion suggestion = suggested.suggestion();
        summary = suggestion.summary();
        topics = EpisodeForm.lines(suggestion.topics());
        chapters = suggestion.chapters().stream()
                .map(chapter -> new Row(chapter.startMillis(), chapter.title()))
                .toList();
    }

    /** What the save may compare with, to tell taken texts from the curator's own. */
    EpisodeSuggestion suggestion() {
        return suggested.suggestion();
    }

    void takeSummary(EpisodeForm form) {
        form.setSummary(summary);
    }

    void takeTopics(EpisodeForm form) {
        form.setTopics(topics);
    }

    /** Adds the chosen chapters to the table, but for those at a start the table has already. */
    void takeChapters(ChapterRows table) {
        chaptersAdded = table.merge(chapters.stream().filter(Row::isChosen)
                .map(row -> new ChapterMark(row.startMillis, row.title, null))
                .toList());
    }

    public Integer getChaptersAdded() {
        return chaptersAdded;
    }

    public boolean isByModel() {
        return suggested.suggestion().source() == TextSource.MODEL;
    }

    public String getModel() {
        return suggested.suggestion().model();
    }

    /** Why the model was not used, when it was asked and failed; else null. */
    public String getModelFailure() {
        return suggested.modelFailure();
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

    public List<Row> getChapters() {
        return chapters;
    }

    /** A suggested chapter: taken unless the curator unticks it; its title may be changed first. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long startMillis;
        private String title;
        private boolean chosen = true;

        Row(long startMillis, String title) {
            this.startMillis = startMillis;
            this.title = title;
        }

        public String getStart() {
            return ChapterParser.formatTime(startMillis);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }
    }
}
