package dev.earmark.feeds.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A listener's personal feed token: only the SHA-256 of its secret is kept, so the secret is shown once, when it is
 * made. One per listener; making a new one replaces the hash, so the old secret stops working at once.
 */
@Entity
@Table(name = "feed_token")
@NamedQuery(name = FeedToken.FIND_BY_LISTENER, query = "SELECT t FROM FeedToken t WHERE t.listener = :listener")
@NamedQuery(name = FeedToken.FIND_HOLDER_BY_HASH, query = "SELECT t.listener FROM FeedToken t WHERE t.tokenHash = :hash")
public class FeedToken extends PersistentEntity {

    public static final String FIND_BY_LISTENER = "FeedToken.findByListener";
    public static final String FIND_HOLDER_BY_HASH = "FeedToken.findHolderByHash";

    public static final int LISTENER_MAX = 200;
    /** SHA-256 in lowercase hex. */
    public static final int HASH_LENGTH = 64;

    @NotBlank
    @Size(max = LISTENER_MAX)
    @Column(nullable = false, length = LISTENER_MAX)
    private String listener;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{" + HASH_LENGTH + "}")
    @Column(name = "token_hash", nullable = false, length = HASH_LENGTH)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FeedToken() {
    }

    public FeedToken(String listener, String tokenHash, Instant createdAt) {
        this.listener = listener;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** Another secret for the same listener: the previous one is no longer anyone's. */
    public void renew(String tokenHash, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public String getListener() {
        return listener;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
