package dev.earmark.transcripts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptCueTest {

    @Test
    void keepsACueThatFits() {
        Cue cue = new Cue(1_000, 2_000, "Ada", "Hello.");

        assertEquals(List.of(cue), TranscriptCue.of(cue).stream().map(TranscriptCue::toCue).toList());
    }

    @Test
    void cutsALongTextBetweenWordsIntoRowsOfTheSameTimes() {
        String word = "transparency ";
        String text = word.repeat(1_000).strip();

        List<Cue> rows = TranscriptCue.of(new Cue(5_000, 9_000, null, text)).stream().map(TranscriptCue::toCue).toList();

        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.text().length() <= TranscriptCue.TEXT_MAX));
        assertTrue(rows.stream().allMatch(row -> row.startMillis() == 5_000 && row.endMillis() == 9_000));
        assertEquals(text, String.join(" ", rows.stream().map(Cue::text).toList()));
    }

    @Test
    void cutsAWordLongerThanARowAndNeverBetweenTheHalvesOfACharacter() {
        String text = "a".repeat(TranscriptCue.TEXT_MAX - 1) + "\uD83C\uDF99" + "b".repeat(10);

        List<Cue> rows = TranscriptCue.of(new Cue(0, 0, null, text)).stream().map(TranscriptCue::toCue).toList();

        assertEquals(List.of("a".repeat(TranscriptCue.TEXT_MAX - 1), "\uD83C\uDF99" + "b".repeat(10)),
                rows.stream().map(Cue::text).toList());
    }

    @Test
    void shortensAnOverlongSpeakerName() {
        Cue cue = new Cue(0, 1_000, "N".repeat(500), "Hi.");

        assertEquals(TranscriptCue.SPEAKER_MAX, TranscriptCue.of(cue).get(0).toCue().speaker().length());
    }
}
