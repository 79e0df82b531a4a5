package dev.earmark.transcripts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.transcripts.control.SpeakerTurns.Paragraph;
import dev.earmark.transcripts.control.SpeakerTurns.Turn;
import dev.earmark.transcripts.entity.TranscriptFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerTurnsTest {

    private static Transcript timed(Cue... cues) {
        return new Transcript(List.of(cues), true, TranscriptFormat.WEBVTT);
    }

    @Test
    void joinsConsecutiveCuesOfOneSpeakerIntoAParagraphFromTheFirstCuesStart() {
        List<Turn> turns = SpeakerTurns.of(timed(
                new Cue(0, 2_356, "Pascal", "Welcome to the show."),
                new Cue(2_655, 8_706, "Pascal", "I'm Pascal."),
                new Cue(9_005, 10_000, "Nora", "Thanks, Pascal."),
                new Cue(10_300, 12_000, "Nora", "Glad to be here."),
                new Cue(12_600, 14_000, "Pascal", "Let's begin.")));

        assertEquals(List.of(
                new Turn("Pascal", List.of(new Paragraph(0, "Welcome to the show. I'm Pascal."))),
                new Turn("Nora", List.of(new Paragraph(9_005, "Thanks, Pascal. Glad to be here."))),
                new Turn("Pascal", List.of(new Paragraph(12_600, "Let's begin.")))), turns);
    }

    @Test
    void cuesWithoutASpeakerMakeTurnsOfTheirOwn() {
        List<Turn> turns = SpeakerTurns.of(timed(
                new Cue(0, 1_000, "Pascal", "Bye."),
                new Cue(1_200, 2_000, null, "Intro."),
                new Cue(2_100, 3_000, null, "Outro.")));

        assertEquals(List.of(
                new Turn("Pascal", List.of(new Paragraph(0, "Bye."))),
                new Turn(null, List.of(new Paragraph(1_200, "Intro. Outro.")))), turns);
    }

    @Test
    void aLongTurnGoesOnInANewParagraphAtTheCueThatWouldMakeItTooLong() {
        String sentence = "x".repeat(SpeakerTurns.PARAGRAPH_CHARACTERS / 2 - 2) + ".";
        List<Turn> turns = SpeakerTurns.of(timed(
                new Cue(0, 1_000, "Nora", sentence),
                new Cue(1_000, 2_000, "Nora", sentence),
                new Cue(2_000, 3_000, "Nora", sentence)));

        assertEquals(1, turns.size());
        assertEquals(List.of(new Paragraph(0, sentence + " " + sentence), new Paragraph(2_000, sentence)),
                turns.get(0).paragraphs());
        assertTrue(turns.get(0).paragraphs().get(0).text().length() <= SpeakerTurns.PARAGRAPH_CHARACTERS);
    }

    @Test
    void aLongPauseStartsANewParagraphOfTheSameTurn() {
        List<Turn> turns = SpeakerTurns.of(timed(
                new Cue(300_000, 301_000, null, "Rebound."),
                new Cue(301_000 + SpeakerTurns.PAUSE_MILLIS - 1, 310_000, null, "Soon after."),
                new Cue(900_000, 901_000, null, "Stories.")));

        assertEquals(List.of(new Turn(null, List.of(
                new Paragraph(300_000, "Rebound. Soon after."),
                new Paragraph(900_000, "Stories.")))), turns);
    }

    @Test
    void anUntimedTranscriptKeepsItsParagraphsAsWritten() {
        List<Turn> turns = SpeakerTurns.of(new Transcript(List.of(
                new Cue(0, 0, null, "First paragraph."),
                new Cue(0, 0, null, "Second paragraph.")), false, TranscriptFormat.PLAIN_TEXT));

        assertEquals(List.of(new Turn(null, List.of(
                new Paragraph(0, "First paragraph."),
                new Paragraph(0, "Second paragraph.")))), turns);
    }

    @Test
    void aTranscriptWithoutCuesHasNoTurns() {
        assertEquals(List.of(), SpeakerTurns.of(timed()));
    }

    @Test
    void aCueLongerThanAParagraphStaysWhole() {
        String speech = "y".repeat(SpeakerTurns.PARAGRAPH_CHARACTERS * 2);
        assertEquals(List.of(new Turn("Pascal", List.of(new Paragraph(5, speech)))),
                SpeakerTurns.of(timed(new Cue(5, 10, "Pascal", speech))));
    }
}
