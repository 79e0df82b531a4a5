package dev.earmark.transcripts.entity;

import java.util.Set;

/** Where a transcription job is: waiting, being worked on by one server, or over for one of three reasons. */
public enum TranscriptionStatus {

    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    /** A job in one of these is still to come: an episode has at most one such job. */
    public static final Set<TranscriptionStatus> ACTIVE = Set.of(QUEUED, RUNNING);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
