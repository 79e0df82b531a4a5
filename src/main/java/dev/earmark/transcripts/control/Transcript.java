package dev.earmark.transcripts.control;

import dev.earmark.transcripts.entity.TranscriptFormat;

import java.util.List;
import java.util.Objects;

/**
 * A transcript read from any accepted format, the one model search and snips read.
 *
 * @param timed whether the cues carry the times they are spoken at; plain text has none, so it can be shown and
 *              searched but not played from a cue
 * @param format what the curator uploaded, so the original file can be offered as it came
 */
public record Transcript(List<Cue> cues, boolean timed, TranscriptFormat format) {

    public Transcript {
        cues = List.copyOf(cues);
        Objects.requireNonNull(format, "format");
    }
}
