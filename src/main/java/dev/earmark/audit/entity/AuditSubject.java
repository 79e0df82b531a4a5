package dev.earmark.audit.entity;

/** The kinds of things whose changes are recorded. */
public enum AuditSubject {
    SHOW,
    EPISODE
}
