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
    /** The suggested summary and topics, as the curator may change them before taking them. */
    private final SummaryFields about;
    private final List<Row> chapters;
    /** How many chapters the last take added to the table; null before any. */
    private Integer chaptersAdded;

    SuggestionReview(Suggested suggested) {
        this.suggested = suggested;
        EpisodeSuggestion suggestion = suggested.suggestion();
        about = SummaryFields.of(suggestion.summary(), suggestion.topics());
        chapters = suggestion.chapters().stream()
                .map(chapter -> new Row(chapter.startMillis(), chapter.title()))
                .toList();
    }

    /** What the save may compare with, to tell taken texts from the curator's own. */
    EpisodeSuggestion suggestion() {
        return suggested.suggestion();
    }

    void takeSummary(EpisodeForm form) {
        form.getAbout().setSummary(about.getSummary());
    }

    void takeTopics(EpisodeForm form) {
        form.getAbout().setTopics(about.getTopics());
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

    public SummaryFields getAbout() {
        return about;
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
