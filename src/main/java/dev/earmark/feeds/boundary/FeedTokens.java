package dev.earmark.feeds.boundary;

import dev.earmark.feeds.control.FeedSecrets;
import dev.earmark.feeds.entity.FeedToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Listeners' personal feed tokens, for closed catalogues (anonymous browsing off): a podcast app cannot sign in, so
 * the feed addresses, and the addresses of the files they name, carry a secret. Stored hashed (so the secret is
 * shown once, when it is made); renewed and revoked by their listener, effective at once on every server, as each
 * request's token is looked up anew.
 */
@ApplicationScoped
@Transactional
public class FeedTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The listener (user name) a token presented with a request belongs to, if it is a current token. It is found by
     * its hash: comparing hashes tells a guesser nothing about the secret, however long the comparison takes.
     */
    public Optional<String> holderOf(String token) {
        if (!FeedSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(FeedToken.FIND_HOLDER_BY_HASH, String.class)
                .setParameter("hash", FeedSecrets.hash(token))
                .getResultStream().findFirst();
    }

    /** The listener's current token (its hash and when it was made), if they have one. */
    public Optional<FeedToken> find(String listener) {
        return em.createNamedQuery(FeedToken.FIND_BY_LISTENER, FeedToken.class)
                .setParameter("listener", listener)
                .getResultStream().findFirst();
    }

    /**
     * A new secret for the listener, replacing the one they had (whose addresses stop working at once). The only
     * moment the secret is known in full: only its hash is stored.
     */
    public IssuedToken issue(String listener) {
        String secret = FeedSecrets.generate();
        String hash = FeedSecrets.hash(secret);
        // As the database keeps it (microseconds), so that the time shown now is the one shown later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        FeedToken token = find(listener).orElse(null);
        if (token == null) {
            token = new FeedToken(listener, hash, now);
            em.persist(token);
        } else {
            token.renew(hash, now);
        }
        em.flush();
        return new IssuedToken(secret, token.getCreatedAt());
    }

    /** The listener's addresses stop working; nothing happens if they had none. */
    public void revoke(String listener) {
        find(listener).ifPresent(em::remove);
    }
}
