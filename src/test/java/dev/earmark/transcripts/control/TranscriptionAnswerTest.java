package dev.earmark.transcripts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptionAnswerTest {

    /** As OpenAI and whisper.cpp's server answer response_format=verbose_json (fields abridged). */
    static final String VERBOSE_JSON = """
            {"task": "transcribe", "language": "english", "duration": 9.5,
             "text": "The server keeps a public directory. Each time it changes, a new version is published.",
             "segments": [
               {"id": 0, "seek": 0, "start": 0.0, "end": 2.84, "text": " The server keeps a public directory.",
                "tokens": [50364, 440], "temperature": 0.0, "avg_logprob": -0.2, "no_speech_prob": 0.01},
               {"id": 1, "seek": 0, "start": 3.12, "end": 9.5, "text": " Each time it changes,\\n a new version is published."},
               {"id": 2, "seek": 0, "start": 9.5, "end": 9.5, "text": "  "}
             ]}
            """;

    @Test
    void verboseJsonSegmentsBecomeCues() throws TranscriptionFailure {
        assertEquals(List.of(new Cue(0, 2840, null, "The server keeps a public directory."),
                new Cue(3120, 9500, null, "Each time it changes, a new version is published.")),
                TranscriptionAnswer.read(VERBOSE_JSON), "text trimmed, white space collapsed, empty segments left out");
    }

    @Test
    void webVttIsReadAsWell() throws TranscriptionFailure {
        String vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:02.840\nThe server keeps a public directory.\n\n"
                + "00:00:03.120 --> 00:00:09.500\nEach time it changes.\n";

        assertEquals(List.of(new Cue(0, 2840, null, "The server keeps a public directory."),
                new Cue(3120, 9500, null, "Each time it changes.")), TranscriptionAnswer.read(vtt));
    }

    @Test
    void garbageIsAFailureThatQuotesTheAnswer() {
        for (String garbage : List.of("<html><body>Bad gateway</body></html>", "[1, 2, 3]", "", "{\"segments\": [{\"start\": \"soon\"}]}",
                "{\"segments\": [{\"start\": 5, \"end\": 2, \"text\": \"backwards\"}]}", "WEBVTT\n\nnot a cue\n")) {
            TranscriptionFailure failure = assertThrows(TranscriptionFailure.class, () -> TranscriptionAnswer.read(garbage), garbage);
            assertEquals("transcription.failure.answer", failure.messageKey(), garbage);
        }
        TranscriptionFailure html = assertThrows(TranscriptionFailure.class,
                () -> TranscriptionAnswer.read("<html><body>Bad gateway</body></html>"));
        assertEquals("<html><body>Bad gateway</body></html>", html.detail());
    }

    @Test
    void anAnswerWithoutSegmentsSaysItIsUntimed() {
        TranscriptionFailure failure = assertThrows(TranscriptionFailure.class,
                () -> TranscriptionAnswer.read("{\"text\": \"Hello there.\"}"));

        assertEquals("transcription.failure.untimed", failure.messageKey());
    }

    @Test
    void anAnswerWithNoWordsIsNoSpeech() {
        TranscriptionFailure failure = assertThrows(TranscriptionFailure.class,
                () -> TranscriptionAnswer.read("{\"text\": \"\", \"segments\": []}"));

        assertEquals("transcription.failure.noSpeech", failure.messageKey());
    }

    @Test
    void aLongDetailIsShortenedToOneLine() {
        TranscriptionFailure failure = new TranscriptionFailure("transcription.failure.status", "500 " + "x".repeat(1000) + "\n\tend");

        assertEquals(TranscriptionFailure.DETAIL_MAX, failure.detail().length());
        assertTrue(failure.detail().endsWith("…"));
        assertEquals("503 busy now", new TranscriptionFailure("k", "503\r\n busy\u0000now").detail());
    }
}
