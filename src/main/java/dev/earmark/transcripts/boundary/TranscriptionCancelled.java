package dev.earmark.transcripts.boundary;

/** A curator cancelled a job; fired after the commit, so the server running it stops it at once. */
record TranscriptionCancelled(long jobId) {
}
