package dev.earmark.exports.boundary;

/** A snip as a connection sent it: which, of which episode, and the hash of what was sent. */
public record SentContent(long snipId, long episodeId, String hash) {
}
