package dev.earmark.transcripts.boundary;

import dev.earmark.transcripts.entity.TranscriptionStatus;
import java.io.Serializable;
import java.util.Map;

/** How many jobs are in each status; cancelled jobs are left out, as no one waits for them. */
public record JobCounts(long queued, long running, long done, long failed) implements Serializable {

    static JobCounts of(Map<TranscriptionStatus, Long> counts) {
        return new JobCounts(counts.getOrDefault(TranscriptionStatus.QUEUED, 0L),
                counts.getOrDefault(TranscriptionStatus.RUNNING, 0L), counts.getOrDefault(TranscriptionStatus.DONE, 0L),
                counts.getOrDefault(TranscriptionStatus.FAILED, 0L));
    }

    public long all() {
        return queued + running + done + failed;
    }

    /** Whether some are still to end: a page showing them offers to look again. */
    public boolean isActive() {
        return queued + running > 0;
    }
}
