package dev.earmark.search.control;

import java.time.Instant;
import java.util.List;

/** What the Lucene index keeps of shows and episodes, read from the database. */
public final class Documents {

    private Documents() {
    }

    public record ShowDocument(long id, long version, String title, String description) {
    }

    /**
     * @param status      the episode's status by name; with {@code publishedAt} it decides at search time whether
     *                    listeners may see it, so a scheduled episode needs no re-indexing when it falls due
     * @param notes       the notes as plain text
     * @param summary     the episode's summary, empty without one
     * @param topics      its topics, one a line as the episode stores them, empty without any
     * @param cues        the transcript's cues in order, empty without one
     * @param timed       whether the cues have times (a plain-text transcript's have none)
     */
    public record EpisodeDocument(long id, long version, String status, Instant publishedAt, String title, String notes,
            String summary, String topics, List<String> chapterTitles, List<CueDocument> cues, boolean timed) {

        public EpisodeDocument {
            summary = summary == null ? "" : summary;
            topics = topics == null ? "" : topics;
            chapterTitles = List.copyOf(chapterTitles);
            cues = List.copyOf(cues);
        }
    }

    public record CueDocument(long startMillis, String text) {
    }
}
