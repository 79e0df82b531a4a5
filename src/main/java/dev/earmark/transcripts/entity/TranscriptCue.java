package dev.earmark.transcripts.entity;

import dev.earmark.transcripts.control.Cue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A stored cue: one row of {@code transcript_cue}, in the transcript's order. */
@Embeddable
public class TranscriptCue {

    public static final int SPEAKER_MAX = 200;
    /** Longer cue texts are stored as several cues of the same times (see {@link #of}). */
    public static final int TEXT_MAX = 5_000;

    @PositiveOrZero
    @Column(name = "start_ms", nullable = false)
    private long startMillis;

    @PositiveOrZero
    @Column(name = "end_ms", nullable = false)
    private long endMillis;

    @Size(max = SPEAKER_MAX)
    @Column(name = "speaker", length = SPEAKER_MAX)
    private String speaker;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    protected TranscriptCue() {
    }

    private TranscriptCue(long startMillis, long endMillis, String speaker, String text) {
        this.startMillis = startMillis;
        this.endMillis = endMillis;
        this.speaker = speaker;
        this.text = text;
    }

    /**
     * The rows of a cue. A paragraph of plain text may run to many pages, so a text over {@link #TEXT_MAX} is cut
     * between words into pieces that keep the cue's times; a speaker's name is cut to {@link #SPEAKER_MAX}.
     */
    public static List<TranscriptCue> of(Cue cue) {
        String speaker = cue.speaker() == null ? null : cue.speaker().substring(0, cut(cue.speaker(), SPEAKER_MAX)).strip();
        List<TranscriptCue> rows = new ArrayList<>();
        String rest = cue.text();
        while (rest.length() > TEXT_MAX) {
            int space = rest.lastIndexOf(' ', TEXT_MAX);
            int cut = space > 0 ? space : cut(rest, TEXT_MAX);
            rows.add(new TranscriptCue(cue.startMillis(), cue.endMillis(), speaker, rest.substring(0, cut).strip()));
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            rows.add(new TranscriptCue(cue.startMillis(), cue.endMillis(), speaker, rest));
        }
        return rows;
    }

    /** Where to cut a text to at most {@code max} characters without parting the two halves of a character. */
    private static int cut(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    public long getStartMillis() {
        return startMillis;
    }

    public long getEndMillis() {
        return endMillis;
    }

    /** Who speaks, or null when the transcript does not say. */
    public String getSpeaker() {
        return speaker;
    }

    public String getText() {
        return text;
    }

    public Cue toCue() {
        return new Cue(startMillis, endMillis, speaker, text);
    }
}
