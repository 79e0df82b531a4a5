package dev.earmark.exports.boundary;

/** A listener asked for a sync of one of their connections: a server starts it once the request's transaction commits. */
public record SyncRequested(long connectionId) {
}
