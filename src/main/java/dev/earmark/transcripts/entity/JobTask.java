package dev.earmark.transcripts.entity;

/**
 * What a job in the queue does with its episode. The queue claims, leases and ends jobs of every task alike; what a
 * task does is the work registered for it ({@code transcripts.boundary.QueuedWork}), so a feature above transcripts
 * adds a task without the queue knowing that feature.
 */
public enum JobTask {

    /** Transcribe the episode's uploaded audio with the job's engine. */
    TRANSCRIBE,
    /** Summarise the episode's transcript and take the summary and topics where it has none. */
    SUMMARISE
}
