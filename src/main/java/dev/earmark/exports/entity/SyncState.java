package dev.earmark.exports.entity;

/** Where a connection's sync is: none waiting, one waiting for a server, one a server runs. */
public enum SyncState {
    IDLE,
    QUEUED,
    RUNNING
}
