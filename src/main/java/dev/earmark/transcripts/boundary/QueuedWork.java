package dev.earmark.transcripts.boundary;

import dev.earmark.transcripts.control.TranscriptionControl;
import dev.earmark.transcripts.control.TranscriptionFailure;
import dev.earmark.transcripts.entity.JobTask;

/**
 * What a claimed job of one {@link JobTask} does, in a background thread without a transaction: the
 * {@link TranscriptionWorker} hands each job to the work whose task it names. Transcribing is transcripts' own
 * ({@link Transcription}); summarising is the summaries feature's, which the queue does not know.
 */
public interface QueuedWork {

    JobTask task();

    /**
     * Does the job and ends it DONE through the {@link TranscriptionQueue}, in the transaction that stores what it
     * made, only while the job is still the claim's: a job cancelled or taken over meanwhile stores nothing. A
     * cancelled job ({@code control}) may stop anywhere.
     *
     * @throws TranscriptionFailure when the job cannot be done, with the reason the job keeps
     * @throws InterruptedException when the thread was interrupted
     */
    void run(ClaimedJob job, TranscriptionControl control) throws TranscriptionFailure, InterruptedException;
}
