package dev.earmark.transcripts.boundary;

/** Jobs were queued; fired after the commit, so this server starts them without waiting for its next poll. */
record TranscriptionRequested() {
}
