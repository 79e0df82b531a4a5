package dev.earmark.summaries.boundary;

import dev.earmark.platform.control.InvalidParameterException;

/** A summary was asked for an episode that has no transcript to take it from. */
public class NothingToSummariseException extends InvalidParameterException {

    private static final long serialVersionUID = 1L;

    NothingToSummariseException(long episodeId) {
        super("summaries.error.noTranscript", episodeId);
    }
}
