package dev.earmark.transcripts.entity;

/** Where a transcript came from, which tells listeners and curators how far to trust it. */
public enum TranscriptOrigin {
    /** A file a curator uploaded or a feed carried. */
    UPLOADED,
    /** Made by a speech recogniser from the episode's audio. */
    TRANSCRIBED
}
