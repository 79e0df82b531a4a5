package dev.earmark.highlights.boundary;

import dev.earmark.highlights.entity.HighlightDue;
import dev.earmark.snips.boundary.SnipRangesChanged;
import dev.earmark.transcripts.boundary.TranscriptChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Notes, in the transaction of the change itself, that an episode's moments are due to be made again: committed with
 * the change or not at all, so that no change is forgotten when the making (in the background, after the commit) fails
 * or the server stops first. One insert, never an update: listeners saving at once never wait for each other here.
 */
@ApplicationScoped
@Transactional
public class HighlightsDue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void snipsChanged(@Observes SnipRangesChanged change) {
        due(change.episodeId());
    }

    void transcriptChanged(@Observes TranscriptChanged change) {
        due(change.episodeId());
    }

    private void due(long episodeId) {
        em.persist(new HighlightDue(episodeId, clock.instant()));
    }
}
