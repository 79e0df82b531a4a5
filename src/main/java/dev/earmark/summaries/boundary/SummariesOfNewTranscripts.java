package dev.earmark.summaries.boundary;

import dev.earmark.transcripts.boundary.TranscriptChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Queues a summary job when an episode gets a transcript and its show takes summaries without review: after the
 * transcript's transaction, so that an upload or a transcription never waits for, nor fails with, the summary.
 */
@ApplicationScoped
public class SummariesOfNewTranscripts {

    private static final Logger LOG = Logger.getLogger(SummariesOfNewTranscripts.class.getName());

    @Inject
    SummaryJobs jobs;

    /** Without a transaction of its own: the committed one is over, and the queuing starts its own. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void transcriptChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptChanged change) {
        try {
            jobs.queueUnreviewed(change.episodeId());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, failed, () -> "Episode " + change.episodeId() + " gets no summary job: its curators "
                    + "can ask for one from the show's episode list");
        }
    }
}
