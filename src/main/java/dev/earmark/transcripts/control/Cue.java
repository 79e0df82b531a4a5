package dev.earmark.transcripts.control;

import java.util.Objects;

/**
 * One passage of a transcript as search, snips and the player read it, whatever the uploaded format: plain text
 * (no markup, entities decoded, white space collapsed to single spaces) with the times it is spoken at. A cue of a
 * transcript without times ({@link Transcript#timed()} false) starts and ends at 0.
 *
 * @param speaker who speaks, or null when the file does not say
 */
public record Cue(long startMillis, long endMillis, String speaker, String text) {

    public Cue {
        Objects.requireNonNull(text, "text");
        if (startMillis < 0 || endMillis < startMillis) {
            throw new IllegalArgumentException("a cue runs forward from 0: " + startMillis + " to " + endMillis);
        }
    }
}
