package dev.earmark.player.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.DatabaseErrors;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.player.entity.ListeningPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Where signed-in listeners stopped, so that the player resumes there on whatever device they come back with. */
@ApplicationScoped
@Transactional
public class ListeningPositions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    /** The listener's position in an episode they may see; empty when they never listened to it. */
    public Optional<ListeningPosition> findPosition(String listener, long episodeId) {
        Episode episode = catalogue.getEpisode(episodeId);
        return find(listener, episode);
    }

    /**
     * Remembers the position (milliseconds from the start), replacing the one before.
     *
     * @throws InvalidParameterException if the position lies beyond the episode's end
     */
    public ListeningPosition save(String listener, long episodeId, long positionMillis) {
        Episode episode = catalogue.getEpisode(episodeId);
        requireWithin(episode, positionMillis);
        Instant now = clock.instant();
        Optional<ListeningPosition> known = find(listener, episode);
        known.ifPresent(position -> position.moveTo(positionMillis, now));
        ListeningPosition saved = known.orElseGet(() -> {
            ListeningPosition created = new ListeningPosition(listener, em.getReference(Episode.class, episode.getId()),
                    positionMillis, now);
            em.persist(created);
            return created;
        });
        flushOrConflict();
        return saved;
    }

    /**
     * Two tabs (or a pause and a page leaving) may save the same position at once: the second is
     * told so (409) rather than failing, and the player's next save goes through.
     */
    private void flushOrConflict() {
        Supplier<ConcurrentChangeException> savedMeanwhile =
                () -> new ConcurrentChangeException("player.error.positionSavedMeanwhile");
        DatabaseErrors.flush(em, savedMeanwhile, savedMeanwhile);
    }

    /**
     * A player reports the length of the file it plays, which may run a little past the stored whole seconds:
     * a second's grace. Without a known length, a bound that no episode reaches keeps nonsense out.
     */
    private static void requireWithin(Episode episode, long positionMillis) {
        Integer seconds = episode.getDurationSeconds();
        long endMillis = seconds == null ? ListeningPosition.UNKNOWN_DURATION_MAX_MILLIS : (seconds + 1L) * 1000;
        if (positionMillis > endMillis) {
            throw new InvalidParameterException("player.error.positionBeyondEnd", endMillis / 1000);
        }
    }

    private Optional<ListeningPosition> find(String listener, Episode episode) {
        return em.createNamedQuery(ListeningPosition.FIND_BY_LISTENER_AND_EPISODE, ListeningPosition.class)
                .setParameter("listener", listener)
                .setParameter("episodeId", episode.getId())
                .getResultStream()
                .findFirst();
    }
}
