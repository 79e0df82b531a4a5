package dev.earmark.feeds.boundary;

import java.time.Instant;

/** A feed token just made: its secret, which is never stored and so shown this once, and when it was made. */
public record IssuedToken(String secret, Instant createdAt) {

    /** No secret in logs or error pages that print the record. */
    @Override
    public String toString() {
        return "IssuedToken[createdAt=" + createdAt + "]";
    }
}
