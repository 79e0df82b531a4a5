package dev.earmark.exports.entity;

/** Whether a connection's snips go only when the listener sends them, or new and changed ones also by themselves. */
public enum SyncMode {
    MANUAL,
    AUTOMATIC
}
