package dev.earmark.feeds.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Listeners' personal feed tokens, for closed catalogues (anonymous browsing off): a podcast app cannot sign in, so
 * the feed addresses, and the addresses of the files they name, carry a secret. Stored hashed; renewed and revoked by
 * their listener.
 */
@ApplicationScoped
public class FeedTokens {

    /** The listener (user name) a token presented with a request belongs to, if it is a current token. */
    public Optional<String> holderOf(String token) {
        return Optional.empty();
    }
}
