package dev.earmark.transcripts.boundary;

/**
 * An episode's transcript was stored, replaced or removed, fired inside the transaction that did it: observers that
 * keep something of transcripts (a search index) observe it after success. Deleting an episode deletes its transcript
 * without this event; the catalogue's revision tells of that.
 */
public record TranscriptChanged(long episodeId) {
}
