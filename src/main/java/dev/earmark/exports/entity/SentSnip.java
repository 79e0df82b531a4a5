package dev.earmark.exports.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A snip a connection sent, and a hash of what was sent, so that an unchanged snip is never sent twice. */
@Entity
@Table(name = "sent_snip")
@NamedQuery(name = SentSnip.FIND_BY_CONNECTION, query = "SELECT s FROM SentSnip s WHERE s.connectionId = :connectionId")
@NamedQuery(name = SentSnip.DELETE_BY_CONNECTION, query = "DELETE FROM SentSnip s WHERE s.connectionId = :connectionId")
@NamedQuery(name = SentSnip.DELETE_BY_EPISODE, query = "DELETE FROM SentSnip s "
        + "WHERE s.connectionId = :connectionId AND s.episodeId = :episodeId")
public class SentSnip extends PersistentEntity {

    public static final String FIND_BY_CONNECTION = "SentSnip.findByConnection";
    public static final String DELETE_BY_CONNECTION = "SentSnip.deleteByConnection";
    /** A Notion page written again holds exactly the snips recorded after it. */
    public static final String DELETE_BY_EPISODE = "SentSnip.deleteByEpisode";
    /** A SHA-256 in hex. */
    public static final int HASH_LENGTH = 64;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Column(name = "snip_id", nullable = false)
    private long snipId;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @NotNull
    @Size(min = HASH_LENGTH, max = HASH_LENGTH)
    @Column(name = "content_hash", nullable = false, length = HASH_LENGTH)
    private String contentHash;

    @NotNull
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    /** The service's id of what it made of the snip (Readwise's highlight), where it needs one to update it. */
    @Column(name = "remote_id")
    private Long remoteId;

    protected SentSnip() {
    }

    public SentSnip(long connectionId, long snipId, long episodeId, String contentHash, Long remoteId, Instant sentAt) {
        this.connectionId = connectionId;
        this.snipId = snipId;
        this.episodeId = episodeId;
        this.contentHash = contentHash;
        this.remoteId = remoteId;
        this.sentAt = sentAt;
    }

    public void sentAgain(String contentHash, Long remoteId, Instant sentAt) {
        this.contentHash = contentHash;
        this.remoteId = remoteId;
        this.sentAt = sentAt;
    }

    public Long getRemoteId() {
        return remoteId;
    }

    public long getConnectionId() {
        return connectionId;
    }

    public long getSnipId() {
        return snipId;
    }

    public long getEpisodeId() {
        return episodeId;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
