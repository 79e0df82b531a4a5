package dev.earmark.transcripts.boundary;

import dev.earmark.platform.control.InvalidParameterException;

/** A transcript was asked for where there is nothing to transcribe: no such episode, no stored audio, or a transcript already. */
public class NothingToTranscribeException extends InvalidParameterException {

    private static final long serialVersionUID = 1L;

    NothingToTranscribeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
