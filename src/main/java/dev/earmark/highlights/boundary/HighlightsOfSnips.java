package dev.earmark.highlights.boundary;

import dev.earmark.snips.boundary.SnipRangesChanged;
import dev.earmark.transcripts.boundary.TranscriptChanged;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the moments up to date, never per request: an episode's are made again after each transaction that changed its
 * snips' ranges or its transcript (a listener's save never waits for, nor fails with, the highlights), and at
 * deployment every episode's when the stored ones were made with another least number of listeners or another version
 * of the clustering. A failure leaves the moments as they were until the episode's snips change again. Episodes are
 * made at once by as many threads as save snips (no lock of the bean's): the episode's row lock orders those of one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HighlightsOfSnips {

    private static final Logger LOG = Logger.getLogger(HighlightsOfSnips.class.getName());

    @Inject
    HighlightComputation computation;

    @PostConstruct
    void clusterAgainIfMadeOtherwise() {
        if (computation.madeAsNow()) {
            return;
        }
        List<Long> episodes = computation.episodesToCluster();
        long started = System.nanoTime();
        episodes.forEach(this::recompute);
        computation.madeNow();
        LOG.info(() -> "Highlights: the moments of " + episodes.size() + " episodes made again in "
                + (System.nanoTime() - started) / 1_000_000 + " ms (new least number of listeners or clustering)");
    }

    public void snipsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SnipRangesChanged change) {
        recompute(change.episodeId());
    }

    public void transcriptChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptChanged change) {
        recompute(change.episodeId());
    }

    private void recompute(long episodeId) {
        try {
            computation.recompute(episodeId);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, failed, () -> "The highlights of episode " + episodeId
                    + " stay as they were until its snips change again");
        }
    }
}
