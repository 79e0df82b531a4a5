package dev.earmark.transcripts.boundary;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Messages;
import dev.earmark.transcripts.control.AudioToTranscribe;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.Transcript;
import dev.earmark.transcripts.control.TranscriptException;
import dev.earmark.transcripts.control.TranscriptionFailure;
import dev.earmark.transcripts.control.WebVttWriter;
import dev.earmark.transcripts.entity.TranscriptFormat;
import dev.earmark.transcripts.entity.TranscriptOrigin;
import dev.earmark.transcripts.entity.TranscriptionJob;
import dev.earmark.transcripts.entity.TranscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The jobs as servers work them, whatever their task, each step its own transaction and a guarded update, so that
 * servers sharing the database never both run a job: a server claims a job that is QUEUED, or RUNNING with a lease that
 * ran out (its server died), for {@link #LEASE}; it renews the lease while it works and reports progress and the end
 * only while the job is still RUNNING under its claim. A server that loses its claim (a curator cancelled, or it
 * stalled past its lease and another took over) changes nothing more and stops.
 */
@ApplicationScoped
@Transactional
public class TranscriptionQueue {

    /**
     * How long a claim holds without renewal: how long a job of a server that died waits before another server (or
     * the same one, restarted) takes it over. Servers renew every {@link TranscriptionWorker#POLL_SECONDS} seconds;
     * the margin covers a slow poll and clocks a little apart.
     */
    static final Duration LEASE = Duration.ofMinutes(1);
    /** Claims of a job whose servers all died while running it: the job itself may be what kills them. */
    static final int MAX_ATTEMPTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MediaLibrary media;

    @Inject
    CatalogueRevision revision;

    @Inject
    EpisodeTranscripts transcripts;

    /** The jobs a server may claim now, oldest first; first fails those that servers gave up dying on. */
    public List<Long> claimableIds() {
        em.createNamedQuery(TranscriptionJob.GIVE_UP_ABANDONED).setParameter("failureKey", "transcription.failure.abandoned")
                .setParameter("now", clock.instant()).setParameter("maxAttempts", MAX_ATTEMPTS).executeUpdate();
        return em.createNamedQuery(TranscriptionJob.FIND_CLAIMABLE_IDS, Long.class).setParameter("now", clock.instant())
                .getResultList();
    }

    /** @return whether {@code node} got the job; false when another server (or a cancel) came first */
    public boolean claim(long jobId, String node) {
        return em.createNamedQuery(TranscriptionJob.CLAIM).setParameter("id", jobId).setParameter("node", node)
                .setParameter("now", clock.instant()).setParameter("leaseUntil", clock.instant().plus(LEASE))
                .setParameter("maxAttempts", MAX_ATTEMPTS).executeUpdate() == 1;
    }

    /** The job as {@code node} claimed it; empty when the job is gone with its episode. */
    public Optional<ClaimedJob> claimed(long jobId, String node) {
        return Optional.ofNullable(em.find(TranscriptionJob.class, jobId)).map(job -> new ClaimedJob(jobId, node,
                job.getEpisode().getId(), job.getTask(), job.getEngine()));
    }

    /** The episode's uploaded audio, as an engine reads it. */
    public AudioToTranscribe audioOf(long episodeId) throws TranscriptionFailure {
        Episode episode = em.find(Episode.class, episodeId);
        MediaFile audio = episode == null ? null : episode.getAudioFile();
        if (audio == null) {
            throw new TranscriptionFailure("transcription.failure.noAudio", null);
        }
        return new AudioToTranscribe(media.pathOf(audio), audio.getFileName(), audio.getMediaType());
    }

    /**
     * Renews {@code node}'s claims of the jobs it runs.
     *
     * @return those of them that are still its own: the others it must stop
     */
    public Set<Long> renew(Collection<Long> jobIds, String node) {
        if (jobIds.isEmpty()) {
            return Set.of();
        }
        em.createNamedQuery(TranscriptionJob.RENEW_LEASES).setParameter("ids", jobIds).setParameter("node", node)
                .setParameter("leaseUntil", clock.instant().plus(LEASE)).executeUpdate();
        return new HashSet<>(em.createNamedQuery(TranscriptionJob.FIND_MINE_AMONG, Long.class)
                .setParameter("ids", jobIds).setParameter("node", node).getResultList());
    }

    public void reportProgress(long jobId, String node, int percent) {
        em.createNamedQuery(TranscriptionJob.REPORT_PROGRESS).setParameter("id", jobId).setParameter("node", node)
                .setParameter("progress", percent).executeUpdate();
    }

    /** @return whether the job was still {@code node}'s to fail */
    public boolean fail(long jobId, String node, TranscriptionFailure failure) {
        return end(jobId, node, TranscriptionStatus.FAILED, 0, failure.messageKey(), failure.detail());
    }

    /**
     * Stores the transcript of a job that is still {@code node}'s and ends it DONE, in one transaction: a job cancelled
     * meanwhile stores nothing.
     *
     * @return whether the job was still {@code node}'s
     * @throws TranscriptionFailure when the episode got a transcript meanwhile (a curator's upload wins) or the
     *                              transcript cannot be stored; nothing is changed then
     */
    @Transactional(rollbackOn = TranscriptionFailure.class)
    public boolean complete(long jobId, String node, List<Cue> cues) throws TranscriptionFailure {
        if (!finish(jobId, node)) {
            return false;
        }
        Episode episode = em.find(TranscriptionJob.class, jobId).getEpisode();
        if (episode.getTranscript() != null) {
            throw new TranscriptionFailure("transcription.failure.transcriptExists", null);
        }
        store(episode, cues);
        revision.bump();
        return true;
    }

    /**
     * Ends DONE a job that is still {@code node}'s, in the caller's transaction: the work of another task stores what
     * it made in the same transaction, and stores nothing when this answers false (the job was cancelled or taken
     * over meanwhile).
     *
     * @return whether the job was still {@code node}'s
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean finish(long jobId, String node) {
        return end(jobId, node, TranscriptionStatus.DONE, 100, null, null);
    }

    /** The one place that stores what a job transcribed: as WebVTT, the original of a TRANSCRIBED transcript. */
    private void store(Episode episode, List<Cue> cues) throws TranscriptionFailure {
        byte[] webVtt = WebVttWriter.write(new Transcript(cues, true, TranscriptFormat.WEBVTT)).getBytes(StandardCharsets.UTF_8);
        try {
            transcripts.replace(episode, webVtt, "transcript-" + episode.getSlug() + ".vtt", TranscriptOrigin.TRANSCRIBED);
        } catch (TranscriptException refused) {
            // The job's detail is text, not a key: the reason is told in the one language of the bundle.
            throw new TranscriptionFailure("transcription.failure.store",
                    Messages.format(Locale.ROOT, refused.messageKey(), refused.arguments()));
        }
    }

    private boolean end(long jobId, String node, TranscriptionStatus status, int progress, String failureKey, String detail) {
        return em.createNamedQuery(TranscriptionJob.END).setParameter("id", jobId).setParameter("node", node)
                .setParameter("status", status).setParameter("progress", progress)
                .setParameter("failureKey", failureKey).setParameter("failureDetail", detail)
                .setParameter("now", clock.instant()).executeUpdate() == 1;
    }
}
