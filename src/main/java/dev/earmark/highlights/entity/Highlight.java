package dev.earmark.highlights.entity;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.transcripts.entity.TranscriptCue;
import java.util.List;

/** PLACEHOLDER of the highlights helper: the contract the sharing helper builds on; replaced whole at the merge. */
public class Highlight {

    public Episode getEpisode() {
        throw new UnsupportedOperationException();
    }

    public String getShareCode() {
        throw new UnsupportedOperationException();
    }

    public long getStartMillis() {
        throw new UnsupportedOperationException();
    }

    public long getEndMillis() {
        throw new UnsupportedOperationException();
    }

    /** How many listeners saved it. */
    public int getListeners() {
        throw new UnsupportedOperationException();
    }

    public String getTitle() {
        throw new UnsupportedOperationException();
    }

    public List<String> getTakeaways() {
        throw new UnsupportedOperationException();
    }

    public List<TranscriptCue> getExcerpt() {
        throw new UnsupportedOperationException();
    }
}
