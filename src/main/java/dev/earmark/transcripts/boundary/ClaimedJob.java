package dev.earmark.transcripts.boundary;

import dev.earmark.transcripts.entity.Engine;
import dev.earmark.transcripts.entity.JobTask;

/**
 * A job this server has claimed: what its work needs to do it, and the claim ({@code node}) under which it reports
 * progress and ends the job.
 *
 * @param engine the recogniser of a transcription; null for the other tasks
 */
public record ClaimedJob(long id, String node, long episodeId, JobTask task, Engine engine) {
}
