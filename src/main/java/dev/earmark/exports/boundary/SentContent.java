package dev.earmark.exports.boundary;

/** A snip as a connection sent it: which, of which episode, and the hash of what was sent. */
public record SentContent(long snipId, long episodeId, String hash, Long remoteId) {

    /** What a service keeps no id of for Earmark (Notion's blocks: the page is written whole). */
    public SentContent(long snipId, long episodeId, String hash) {
        this(snipId, episodeId, hash, null);
    }
}
