package dev.earmark.summaries.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void abbreviationsEndNoSentence() {
        List<Sentence> sentences = split(new Cue(0, 9_000, "Nora",
                "Dr. Smith moved to the U.S. Army lab in 2019. Tools, e.g. Ruff, catch it. Mr. Lee agreed! Did he?"));

        assertEquals(List.of("Dr. Smith moved to the U.S. Army lab in 2019.", "Tools, e.g. Ruff, catch it.",
                "Mr. Lee agreed!", "Did he?"), texts(sentences));
        assertTrue(sentences.get(3).question());
        assertFalse(sentences.get(2).question());
    }

    @Test
    void aSentenceOverTwoCuesIsOneStartingWithTheFirst() {
        List<Sentence> sentences = split(new Cue(1_000, 2_000, "Nora", "The migration to native made"),
                new Cue(2_000, 3_500, "Nora", "the app much faster. It taught us a lot."));

        assertEquals(List.of("The migration to native made the app much faster.", "It taught us a lot."),
                texts(sentences));
        assertEquals(List.of(1_000L, 2_000L), sentences.stream().map(Sentence::startMillis).toList());
        assertTrue(sentences.get(0).complete());
    }

    @Test
    void aChangeOfSpeakerEndsASentence() {
        List<Sentence> sentences = split(new Cue(0, 1_000, "Pascal", "And then"),
                new Cue(1_000, 2_000, "Nora", "Instagram came."));

        assertEquals(List.of("And then", "Instagram came."), texts(sentences));
        assertFalse(sentences.get(0).complete());
        assertTrue(sentences.get(1).complete());
    }

    @Test
    void sentencesCutByTheExcerptAreIncomplete() {
        List<Sentence> sentences = split(new Cue(0, 1_000, null, "and it taught web engineers a lot."),
                new Cue(1_000, 2_000, null, "Then we moved on to"));

        assertEquals(List.of(false, false), sentences.stream().map(Sentence::complete).toList());
    }

    @Test
    void aSentenceLongerThanATakeawayIsReadInPiecesCutAfterAClauseOrAWord() {
        String words = "word ".repeat(70).strip();
        List<Sentence> sentences = split(new Cue(0, 1_000, null, "First clause of " + words + ", then " + words));

        assertTrue(sentences.size() > 1, sentences::toString);
        for (Sentence piece : sentences) {
            assertTrue(piece.text().length() <= ExtractiveSummariser.MAX_TAKEAWAY_LENGTH, piece::text);
            assertFalse(piece.complete());
            assertFalse(piece.text().contains("wor\u2026") || piece.text().contains(" \u2026"), piece::text);
        }
        assertTrue(sentences.get(0).text().endsWith("word\u2026"), sentences.get(0)::text);
    }

    private static List<Sentence> split(Cue... cues) {
        return SentenceSplitter.split(List.of(cues), Locale.ENGLISH);
    }

    private static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }
}
