package dev.earmark.transcripts.boundary;

import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.TranscriptionControl;
import dev.earmark.transcripts.control.TranscriptionEngines;
import dev.earmark.transcripts.control.TranscriptionFailure;
import dev.earmark.transcripts.entity.JobTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/** A transcription job's work: the job's engine transcribes the episode's audio, and the queue stores the cues. */
@ApplicationScoped
public class Transcription implements QueuedWork {

    private static final Logger LOG = Logger.getLogger(Transcription.class.getName());

    @Inject
    TranscriptionQueue queue;

    @Inject
    TranscriptionEngines engines;

    @Override
    public JobTask task() {
        return JobTask.TRANSCRIBE;
    }

    @Override
    public void run(ClaimedJob job, TranscriptionControl control) throws TranscriptionFailure, InterruptedException {
        List<Cue> cues = engines.of(job.engine()).transcribe(queue.audioOf(job.episodeId()), control);
        if (!control.isCancelled() && !queue.complete(job.id(), job.node(), cues)) {
            LOG.info(() -> "Transcription job " + job.id() + " ended elsewhere; its transcript was not stored");
        }
    }
}
