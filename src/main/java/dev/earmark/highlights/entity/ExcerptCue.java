package dev.earmark.highlights.entity;

import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * One cue of a moment's words (a row of {@code highlight_cue}), as a transcript stores it, handed out as the
 * transcript's {@link TranscriptCue}: an embeddable of the moment's own, so that a change of the transcript's mapping
 * never changes this table.
 */
@Embeddable
public class ExcerptCue {

    @PositiveOrZero
    @Column(name = "start_ms", nullable = false)
    private long startMillis;

    @PositiveOrZero
    @Column(name = "end_ms", nullable = false)
    private long endMillis;

    @Size(max = TranscriptCue.SPEAKER_MAX)
    @Column(name = "speaker", length = TranscriptCue.SPEAKER_MAX)
    private String speaker;

    @NotBlank
    @Size(max = TranscriptCue.TEXT_MAX)
    @Column(name = "text", nullable = false, length = TranscriptCue.TEXT_MAX)
    private String text;

    protected ExcerptCue() {
    }

    private ExcerptCue(TranscriptCue stored) {
        this.startMillis = stored.getStartMillis();
        this.endMillis = stored.getEndMillis();
        this.speaker = stored.getSpeaker();
        this.text = stored.getText();
    }

    /** The rows of a cue, a long text cut as the transcript cuts it ({@link TranscriptCue#of}). */
    static List<ExcerptCue> of(Cue cue) {
        return TranscriptCue.of(cue).stream().map(ExcerptCue::new).toList();
    }

    /** The cue as the transcript stores it (one piece: a stored piece is never cut again). */
    TranscriptCue toTranscriptCue() {
        return TranscriptCue.of(new Cue(startMillis, endMillis, speaker, text)).get(0);
    }

    boolean sameAs(ExcerptCue other) {
        return startMillis == other.startMillis && endMillis == other.endMillis
                && Objects.equals(speaker, other.speaker) && text.equals(other.text);
    }
}
