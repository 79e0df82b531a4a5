package dev.earmark.transcripts.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

/** No transcript for the episode that listeners may see: the episode is not visible or has none. */
public class TranscriptNotFoundException extends NoSuchEntityException {

    public TranscriptNotFoundException(long episodeId) {
        super("error.transcript.notFound", episodeId);
    }
}
