package dev.earmark.audit.entity;

/** What a curator did; shown through the bundle keys {@code audit.action.<NAME>}. */
public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED,
    PUBLISHED,
    SCHEDULED,
    ARCHIVED,
    UNPUBLISHED,
    AUDIO_UPLOADED,
    TRANSCRIPT_UPLOADED,
    TRANSCRIPT_REMOVED,
    ARTWORK_UPLOADED,
    /** Fields took suggested texts: the details name each field with the source of its text. */
    SUGGESTION_TAKEN,
    /** A most saved moment of the episode was hidden from listeners: the details name its range and share code. */
    HIGHLIGHT_HIDDEN,
    /** A hidden moment was shown again. */
    HIGHLIGHT_SHOWN
}
