package dev.earmark.transcripts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.transcripts.control.SpeakerTurns.Paragraph;
import org.junit.jupiter.api.Test;

class EpisodeTranscriptBackingTest {

    private final EpisodeTranscriptBacking backing = new EpisodeTranscriptBacking();

    @Test
    void aParagraphLinksToItsMomentInSecondsToTheMillisecond() {
        assertEquals("#t=15.595", backing.moment(new Paragraph(15_595, "Nora, welcome.")));
        assertEquals("#t=2485.5", backing.moment(new Paragraph(2_485_500, "Rebound.")));
    }

    @Test
    void wholeSecondsHaveNoDecimals() {
        assertEquals("#t=0", backing.moment(new Paragraph(0, "Welcome.")));
        assertEquals("#t=90", backing.moment(new Paragraph(90_000, "Later.")));
    }
}
