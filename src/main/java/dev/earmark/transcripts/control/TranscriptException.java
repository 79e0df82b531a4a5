package dev.earmark.transcripts.control;

import dev.earmark.platform.control.RejectedContentException;

/**
 * An uploaded transcript in none of the accepted formats, or one that breaks its format's rules; the key names the
 * problem and the arguments where it is (a line counted from 1, or for JSON a segment counted from 1).
 */
public final class TranscriptException extends RejectedContentException {

    private TranscriptException(boolean tooLarge, String messageKey, Object... arguments) {
        super(tooLarge, messageKey, arguments);
    }

    private TranscriptException(String messageKey, Object... arguments) {
        this(false, messageKey, arguments);
    }

    static TranscriptException notText() {
        return new TranscriptException("transcripts.error.notText");
    }

    static TranscriptException unknownFormat() {
        return new TranscriptException("transcripts.error.format");
    }

    static TranscriptException badCue(int line) {
        return new TranscriptException("transcripts.error.cue", line);
    }

    static TranscriptException endBeforeStart(int line) {
        return new TranscriptException("transcripts.error.endBeforeStart", line);
    }

    static TranscriptException outOfOrder(int line) {
        return new TranscriptException("transcripts.error.outOfOrder", line);
    }

    static TranscriptException noCues() {
        return new TranscriptException("transcripts.error.empty");
    }

    static TranscriptException tooLarge(int maxBytes) {
        return new TranscriptException(true, "transcripts.error.tooLarge", maxBytes / (1024.0 * 1024.0));
    }

    static TranscriptException tooManyCues(int maxCues) {
        return new TranscriptException(true, "transcripts.error.tooManyCues", maxCues);
    }

    static TranscriptException badJson(long line, long column) {
        return new TranscriptException("transcripts.error.json", line, column);
    }

    static TranscriptException noSegments() {
        return new TranscriptException("transcripts.error.json.segments");
    }

    static TranscriptException badSegment(int segment) {
        return new TranscriptException("transcripts.error.segment", segment);
    }

    static TranscriptException segmentEndsBeforeStart(int segment) {
        return new TranscriptException("transcripts.error.segment.endBeforeStart", segment);
    }

    static TranscriptException segmentOutOfOrder(int segment) {
        return new TranscriptException("transcripts.error.segment.outOfOrder", segment);
    }
}
