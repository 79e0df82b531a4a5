package dev.earmark.summaries.boundary;

import dev.earmark.transcripts.boundary.ClaimedJob;
import dev.earmark.transcripts.boundary.QueuedWork;
import dev.earmark.transcripts.control.TranscriptionControl;
import dev.earmark.transcripts.control.TranscriptionFailure;
import dev.earmark.transcripts.entity.JobTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * A summary job's work: the suggestion for the episode, made outside any transaction (a model may take a minute),
 * then stored with the job's end ({@link SummaryJobs#complete}).
 */
@ApplicationScoped
public class SummaryWork implements QueuedWork {

    private static final Logger LOG = Logger.getLogger(SummaryWork.class.getName());

    @Inject
    EpisodeSummaries summaries;

    @Inject
    SummaryJobs jobs;

    @Override
    public JobTask task() {
        return JobTask.SUMMARISE;
    }

    @Override
    public void run(ClaimedJob job, TranscriptionControl control) throws TranscriptionFailure {
        Suggested suggested;
        try {
            suggested = summaries.suggest(job.episodeId());
        } catch (NothingToSummariseException noTranscript) {
            throw new TranscriptionFailure("summaries.failure.noTranscript", null);
        }
        if (!control.isCancelled() && !jobs.complete(job, suggested.suggestion())) {
            LOG.info(() -> "Summary job " + job.id() + " ended elsewhere; its summary was not stored");
        }
    }
}
