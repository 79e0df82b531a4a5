package dev.earmark.transcripts.entity;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/**
 * A request for work on an episode done in the background: a transcript of its audio, or a summary of its transcript
 * ({@link JobTask}). Servers change a job only by the
 * guarded updates below, each of which names the state it expects: a server claims a job that is QUEUED, or RUNNING
 * with a lease that has run out, and while it works it renews the lease and reports progress only as long as the job
 * is still RUNNING under its claim; a curator's cancel or another server's claim ends that, and the server stops.
 */
@Entity
@Table(name = "transcription_job")
@NamedQuery(name = TranscriptionJob.FIND_LATEST_BY_EPISODE, query = "SELECT j FROM TranscriptionJob j "
        + "WHERE j.episode.id = :episodeId AND j.task = :task ORDER BY j.requestedAt DESC, j.id DESC")
@NamedQuery(name = TranscriptionJob.FIND_ACTIVE_BY_EPISODE, query = "SELECT j FROM TranscriptionJob j "
        + "WHERE j.episode.id = :episodeId AND j.task = :task AND " + TranscriptionJob.ACTIVE)
@NamedQuery(name = TranscriptionJob.FIND_CLAIMABLE_IDS, query = "SELECT j.id FROM TranscriptionJob j WHERE "
        + TranscriptionJob.CLAIMABLE + " ORDER BY j.requestedAt, j.id")
@NamedQuery(name = TranscriptionJob.CLAIM, query = "UPDATE TranscriptionJob j SET j.status = " + TranscriptionJob.STATUS
        + "RUNNING, j.claimedBy = :node, j.leaseUntil = :leaseUntil, j.startedAt = :now, j.progress = 0, "
        + "j.attempts = j.attempts + 1 WHERE j.id = :id AND j.attempts < :maxAttempts AND " + TranscriptionJob.CLAIMABLE)
@NamedQuery(name = TranscriptionJob.GIVE_UP_ABANDONED, query = "UPDATE TranscriptionJob j SET j.status = "
        + TranscriptionJob.STATUS + "FAILED, j.failureKey = :failureKey, j.failureDetail = NULL, j.finishedAt = :now, "
        + "j.leaseUntil = NULL WHERE j.status = " + TranscriptionJob.STATUS + "RUNNING AND j.leaseUntil < :now "
        + "AND j.attempts >= :maxAttempts")
@NamedQuery(name = TranscriptionJob.RENEW_LEASES, query = "UPDATE TranscriptionJob j SET j.leaseUntil = :leaseUntil "
        + "WHERE j.id IN :ids AND " + TranscriptionJob.MINE)
@NamedQuery(name = TranscriptionJob.FIND_MINE_AMONG, query = "SELECT j.id FROM TranscriptionJob j "
        + "WHERE j.id IN :ids AND " + TranscriptionJob.MINE)
@NamedQuery(name = TranscriptionJob.REPORT_PROGRESS, query = "UPDATE TranscriptionJob j SET j.progress = :progress "
        + "WHERE j.id = :id AND " + TranscriptionJob.MINE)
@NamedQuery(name = TranscriptionJob.END, query = "UPDATE TranscriptionJob j SET j.status = :status, "
        + "j.progress = :progress, j.failureKey = :failureKey, j.failureDetail = :failureDetail, j.finishedAt = :now, "
        + "j.leaseUntil = NULL WHERE j.id = :id AND " + TranscriptionJob.MINE)
@NamedQuery(name = TranscriptionJob.CANCEL, query = "UPDATE TranscriptionJob j SET j.status = " + TranscriptionJob.STATUS
        + "CANCELLED, j.finishedAt = :now, j.leaseUntil = NULL WHERE j.id = :id AND " + TranscriptionJob.ACTIVE)
@NamedQuery(name = TranscriptionJob.FIND_EPISODES_TO_TRANSCRIBE, query = "SELECT e FROM Episode e "
        + "WHERE e.show.slug = :showSlug AND e.audioFile IS NOT NULL AND e.transcript IS NULL AND NOT EXISTS ("
        + "SELECT j FROM TranscriptionJob j WHERE j.episode = e AND j.task = " + TranscriptionJob.TASK
        + "TRANSCRIBE AND " + TranscriptionJob.ACTIVE + ") ORDER BY e.id")
@NamedQuery(name = TranscriptionJob.FIND_EPISODES_TO_SUMMARISE,
        query = "SELECT e FROM Episode e WHERE " + TranscriptionJob.TO_SUMMARISE + " ORDER BY e.id")
@NamedQuery(name = TranscriptionJob.COUNT_EPISODES_TO_SUMMARISE,
        query = "SELECT COUNT(e) FROM Episode e WHERE " + TranscriptionJob.TO_SUMMARISE)
@NamedQuery(name = TranscriptionJob.COUNT_LATEST_BY_STATUS, query = "SELECT j.status, COUNT(j) FROM TranscriptionJob j "
        + "WHERE j.episode.show.slug = :showSlug AND j.task = :task AND NOT EXISTS (SELECT k FROM TranscriptionJob k "
        + "WHERE k.episode = j.episode AND k.task = j.task AND (k.requestedAt > j.requestedAt "
        + "OR (k.requestedAt = j.requestedAt AND k.id > j.id))) GROUP BY j.status")
public class TranscriptionJob extends PersistentEntity {

    /** An episode's jobs of one :task, newest first. */
    public static final String FIND_LATEST_BY_EPISODE = "TranscriptionJob.findLatestByEpisode";
    /** An episode's job of one :task that is still to end (at most one). */
    public static final String FIND_ACTIVE_BY_EPISODE = "TranscriptionJob.findActiveByEpisode";
    /** The ids of the jobs a server may claim (binds :now), oldest first. */
    public static final String FIND_CLAIMABLE_IDS = "TranscriptionJob.findClaimableIds";
    /** Makes a claimable job RUNNING under :node's claim until :leaseUntil; changes no row if another was first. */
    public static final String CLAIM = "TranscriptionJob.claim";
    /** Fails the jobs whose servers died :maxAttempts times while running them: the job itself may be what kills them. */
    public static final String GIVE_UP_ABANDONED = "TranscriptionJob.giveUpAbandoned";
    public static final String RENEW_LEASES = "TranscriptionJob.renewLeases";
    /** Which of the jobs :ids are still RUNNING under :node's claim. */
    public static final String FIND_MINE_AMONG = "TranscriptionJob.findMineAmong";
    public static final String REPORT_PROGRESS = "TranscriptionJob.reportProgress";
    /** Ends a job that is still RUNNING under :node's claim as DONE or FAILED. */
    public static final String END = "TranscriptionJob.end";
    /** Cancels a job that has not ended. */
    public static final String CANCEL = "TranscriptionJob.cancel";
    /** A show's episodes with stored audio, without a transcript and without a job to come, by id. */
    public static final String FIND_EPISODES_TO_TRANSCRIBE = "TranscriptionJob.findEpisodesToTranscribe";
    /** A show's episodes with a transcript, without a summary and without a summary job to come, by id. */
    public static final String FIND_EPISODES_TO_SUMMARISE = "TranscriptionJob.findEpisodesToSummarise";
    public static final String COUNT_EPISODES_TO_SUMMARISE = "TranscriptionJob.countEpisodesToSummarise";
    /** How many of a show's episodes have their latest job of one :task in each status: a bulk request's progress. */
    public static final String COUNT_LATEST_BY_STATUS = "TranscriptionJob.countLatestByStatus";

    static final String STATUS = "dev.earmark.transcripts.entity.TranscriptionStatus.";
    static final String CLAIMABLE = "(j.status = " + STATUS + "QUEUED OR (j.status = " + STATUS
            + "RUNNING AND j.leaseUntil < :now))";
    static final String TASK = "dev.earmark.transcripts.entity.JobTask.";
    static final String ACTIVE = "j.status IN (" + STATUS + "QUEUED, " + STATUS + "RUNNING)";
    static final String TO_SUMMARISE = "e.show.slug = :showSlug AND e.transcript IS NOT NULL "
            + "AND e.summary.text IS NULL AND NOT EXISTS (SELECT j FROM TranscriptionJob j WHERE j.episode = e "
            + "AND j.task = " + TASK + "SUMMARISE AND " + ACTIVE + ")";
    static final String MINE = "j.status = " + STATUS + "RUNNING AND j.claimedBy = :node";

    public static final int USER_MAX = 200;
    public static final int NODE_MAX = 200;
    public static final int FAILURE_KEY_MAX = 100;
    public static final int FAILURE_DETAIL_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private JobTask task;

    /** Which recogniser transcribes; null for the other tasks. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private Engine engine;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TranscriptionStatus status = TranscriptionStatus.QUEUED;

    /** Percent done, as the engine last reported it. */
    @PositiveOrZero
    @Max(100)
    @Column(nullable = false)
    private int progress;

    /** How often a server claimed the job. */
    @PositiveOrZero
    @Column(nullable = false)
    private int attempts;

    /** Why the job failed: a key of the bundle, whose one argument is {@link #failureDetail}. */
    @Size(max = FAILURE_KEY_MAX)
    @Column(name = "failure_key", length = FAILURE_KEY_MAX)
    private String failureKey;

    @Size(max = FAILURE_DETAIL_MAX)
    @Column(name = "failure_detail", length = FAILURE_DETAIL_MAX)
    private String failureDetail;

    @NotBlank
    @Size(max = USER_MAX)
    @Column(name = "requested_by", nullable = false, updatable = false, length = USER_MAX)
    private String requestedBy;

    @NotNull
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The server (and its start) that runs the job. */
    @Size(max = NODE_MAX)
    @Column(name = "claimed_by", length = NODE_MAX)
    private String claimedBy;

    /** Until when the claim holds unless renewed: after it, another server may take the job over. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected TranscriptionJob() {
    }

    /** @param engine the recogniser of a {@link JobTask#TRANSCRIBE} job; null for the other tasks */
    public TranscriptionJob(Episode episode, JobTask task, Engine engine, String requestedBy, Instant requestedAt) {
        this.episode = episode;
        this.task = task;
        this.engine = engine;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public Episode getEpisode() {
        return episode;
    }

    public JobTask getTask() {
        return task;
    }

    /** The recogniser of a transcription; null for the other tasks. */
    public Engine getEngine() {
        return engine;
    }

    public TranscriptionStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<String> findFailureKey() {
        return Optional.ofNullable(failureKey);
    }

    public String getFailureDetail() {
        return failureDetail;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }
}
