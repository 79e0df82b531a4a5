package dev.earmark.transcripts.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Podcasting 2.0 JSON transcript: {@code {"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime",
 * "body"}]}}, times in seconds. Tools write a segment per word or phrase, so consecutive segments of one speaker are
 * merged into sentence-sized cues: a cue ends after a sentence's last mark ({@code . ? !} and the like), once it has
 * {@value #WORDS_PER_CUE} words, before a pause of a second or more, and where the speaker changes. Segments that are
 * sentences already stay as they are; one longer than that is never split. Errors name the segment, counted from 1.
 */
final class PodcastJsonReader {

    static final int WORDS_PER_CUE = 15;
    private static final long PAUSE_MILLIS = 1_000;
    /** Far beyond any episode; keeps the milliseconds exact in a double and a long. */
    private static final double MAX_SECONDS = 1_000 * 3_600;
    /** The longest number read: a time in seconds needs a handful of digits, a hostile one has thousands. */
    private static final int LONGEST_NUMBER = 32;
    private static final String SENTENCE_ENDS = ".?!…。？！";
    private static final String CLOSING = "\"'”’)]»";
    /** Written without a space before them when a segment is a word or a mark alone. */
    private static final String ATTACHED = ",.;:!?)]…%";

    private record Segment(int number, long startMillis, long endMillis, String speaker, String body) {
    }

    private PodcastJsonReader() {
    }

    static List<Cue> read(String text) {
        if (!(parse(text).get("segments") instanceof JsonArray segments)) {
            throw TranscriptException.noSegments();
        }
        if (segments.size() > TranscriptText.MAX_CUES) {
            throw TranscriptException.tooManyCues(TranscriptText.MAX_CUES);
        }
        List<Segment> read = new ArrayList<>(segments.size());
        long previousStart = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segment(segments.get(i), i + 1);
            if (segment.endMillis < segment.startMillis) {
                throw TranscriptException.segmentEndsBeforeStart(segment.number);
            }
            if (segment.startMillis < previousStart) {
                throw TranscriptException.segmentOutOfOrder(segment.number);
            }
            previousStart = segment.startMillis;
            read.add(segment);
        }
        return merged(read);
    }

    /**
     * The one object the text holds. Parsers refuse hostile nesting in a failure of their own kind (Parsson: a plain
     * RuntimeException beyond 1,000 levels), so every failure while parsing is the file's fault, told where it is.
     */
    private static JsonObject parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            try {
                JsonObject root = parser.next() == JsonParser.Event.START_OBJECT ? parser.getObject() : null;
                if (root != null && !parser.hasNext()) {
                    return root;
                }
            } catch (JsonParsingException garbage) {
                throw badJson(garbage.getLocation());
            } catch (RuntimeException garbage) {
                throw badJson(parser.getLocation());
            }
            throw badJson(parser.getLocation());
        }
    }

    private static TranscriptException badJson(JsonLocation where) {
        return where == null ? TranscriptException.badJson(1, 1)
                : TranscriptException.badJson(Math.max(1, where.getLineNumber()), Math.max(1, where.getColumnNumber()));
    }

    private static Segment segment(JsonValue value, int number) {
        if (!(value instanceof JsonObject segment) || !(segment.get("body") instanceof JsonString body)) {
            throw TranscriptException.badSegment(number);
        }
        JsonValue speaker = segment.getOrDefault("speaker", JsonValue.NULL);
        if (speaker.getValueType() != JsonValue.ValueType.NULL && !(speaker instanceof JsonString)) {
            throw TranscriptException.badSegment(number);
        }
        String name = speaker instanceof JsonString named ? CueText.collapseWhiteSpace(named.getString()) : "";
        return new Segment(number, millis(segment.get("startTime"), number), millis(segment.get("endTime"), number),
                name.isEmpty() ? null : name, CueText.collapseWhiteSpace(body.getString()));
    }

    private static long millis(JsonValue value, int number) {
        if (!(value instanceof JsonNumber seconds) || seconds.toString().length() > LONGEST_NUMBER) {
            throw TranscriptException.badSegment(number);
        }
        double time = seconds.doubleValue();
        if (!(time >= 0 && time <= MAX_SECONDS)) {
            throw TranscriptException.badSegment(number);
        }
        return Math.round(time * 1_000);
    }

    private static List<Cue> merged(List<Segment> segments) {
        List<Cue> cues = new ArrayList<>();
        Segment first = null;
        long end = 0;
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (Segment segment : segments) {
            if (segment.body.isEmpty()) {
                continue;
            }
            if (first != null && (!Objects.equals(first.speaker, segment.speaker) || words >= WORDS_PER_CUE
                    || endsSentence(text) || segment.startMillis - end >= PAUSE_MILLIS)) {
                cues.add(new Cue(first.startMillis, end, first.speaker, text.toString()));
                first = null;
            }
            if (first == null) {
                first = segment;
                end = segment.endMillis;
                text.setLength(0);
                words = 0;
            } else if (ATTACHED.indexOf(segment.body.charAt(0)) < 0) {
                text.append(' ');
            }
            text.append(segment.body);
            end = Math.max(end, segment.endMillis);
            words += wordsIn(segment.body);
        }
        if (first == null) {
            throw TranscriptException.noCues();
        }
        cues.add(new Cue(first.startMillis, end, first.speaker, text.toString()));
        return cues;
    }

    private static boolean endsSentence(CharSequence text) {
        int last = text.length() - 1;
        while (last > 0 && CLOSING.indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return last >= 0 && SENTENCE_ENDS.indexOf(text.charAt(last)) >= 0;
    }

    /** Words of a body whose white space is collapsed; a mark alone counts none. */
    private static int wordsIn(String body) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            boolean letter = Character.isLetterOrDigit(body.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || inWord && body.charAt(i) != ' ';
        }
        return words;
    }
}
