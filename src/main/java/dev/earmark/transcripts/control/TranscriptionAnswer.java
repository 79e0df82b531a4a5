package dev.earmark.transcripts.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an OpenAI-compatible transcription service answers: {@code verbose_json} ({@code {"text", "segments": [{"start",
 * "end", "text"}]}}, times in seconds), or WebVTT from services that are asked for {@code vtt} or prefer it. Anything
 * else, or segments without times, is no transcript: a failure that quotes the answer's start.
 */
public final class TranscriptionAnswer {

    private static final int QUOTED = 80;

    private TranscriptionAnswer() {
    }

    public static List<Cue> read(String body) throws TranscriptionFailure {
        String answer = body.strip();
        if (answer.startsWith("WEBVTT")) {
            try {
                return nonEmpty(Transcripts.read(answer.getBytes(StandardCharsets.UTF_8), "answer.vtt").cues(), body);
            } catch (TranscriptException unreadable) {
                throw garbage(body);
            }
        }
        return nonEmpty(segments(json(body), body), body);
    }

    private static JsonObject json(String body) throws TranscriptionFailure {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw garbage(body);
        }
    }

    private static List<Cue> segments(JsonObject answer, String body) throws TranscriptionFailure {
        if (!(answer.get("segments") instanceof JsonArray segments)) {
            throw new TranscriptionFailure("transcription.failure.untimed", quoted(body));
        }
        List<Cue> cues = new ArrayList<>(segments.size());
        for (JsonValue value : segments) {
            if (!(value instanceof JsonObject segment && segment.get("start") instanceof JsonNumber start
                    && segment.get("end") instanceof JsonNumber end && segment.get("text") instanceof JsonString text)) {
                throw garbage(body);
            }
            long startMillis = Math.round(start.doubleValue() * 1000);
            long endMillis = Math.round(end.doubleValue() * 1000);
            if (startMillis < 0 || endMillis < startMillis) {
                throw garbage(body);
            }
            String words = CueText.collapseWhiteSpace(text.getString());
            if (!words.isEmpty()) {
                cues.add(new Cue(startMillis, endMillis, null, words));
            }
        }
        return cues;
    }

    private static List<Cue> nonEmpty(List<Cue> cues, String body) throws TranscriptionFailure {
        if (cues.isEmpty()) {
            throw new TranscriptionFailure("transcription.failure.noSpeech", null);
        }
        return cues;
    }

    private static TranscriptionFailure garbage(String body) {
        return new TranscriptionFailure("transcription.failure.answer", quoted(body));
    }

    private static String quoted(String body) {
        String start = TranscriptionFailure.shortened(body);
        return start.length() <= QUOTED ? start : start.substring(0, QUOTED) + "…";
    }
}
