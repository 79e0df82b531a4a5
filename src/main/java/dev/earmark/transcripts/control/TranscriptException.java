package dev.earmark.transcripts.control;

import dev.earmark.platform.control.RejectedContentException;

/** An uploaded transcript that is neither WebVTT nor SRT, or breaks their rules; the key names the problem. */
public final class TranscriptException extends RejectedContentException {

    private TranscriptException(String messageKey, Object... arguments) {
        super(false, messageKey, arguments);
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

    static TranscriptException noCues() {
        return new TranscriptException("transcripts.error.empty");
    }
}
