package dev.earmark.transcripts.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.transcripts.control.TranscriptionEngines;
import dev.earmark.transcripts.entity.Engine;
import dev.earmark.transcripts.entity.JobTask;
import dev.earmark.transcripts.entity.TranscriptionJob;
import dev.earmark.transcripts.entity.TranscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What curators do with the queue's jobs: ask for a transcript of an episode or of every episode of a show that has
 * none, follow a job, cancel it; features above transcripts queue jobs of their own tasks here too. The jobs run in
 * the background ({@link TranscriptionWorker}).
 */
@ApplicationScoped
@Transactional
public class TranscriptionJobs {

    /** Who asks when no one is signed in: start-up work, tests. */
    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    TranscriptionEngines engines;

    @Inject
    Event<TranscriptionRequested> requested;

    @Inject
    Event<TranscriptionCancelled> cancelled;

    /** The engine new jobs use, as the settings choose it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Engine chosenEngine() {
        return engines.chosen();
    }

    /** The Debian packages this server lacks for the chosen engine: the editor shows how to install them instead. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> missingPackages() {
        return engines.missingPackages(engines.chosen());
    }

    /** The episode's latest transcription job, whatever its status. */
    public Optional<TranscriptionJob> findLatest(long episodeId) {
        return findLatest(episodeId, JobTask.TRANSCRIBE);
    }

    /** The episode's latest job of the task, whatever its status. */
    public Optional<TranscriptionJob> findLatest(long episodeId, JobTask task) {
        return em.createNamedQuery(TranscriptionJob.FIND_LATEST_BY_EPISODE, TranscriptionJob.class)
                .setParameter("episodeId", episodeId).setParameter("task", task).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /**
     * Queues a job for the episode with the chosen engine; an episode with a job still to come keeps that one.
     *
     * @throws NothingToTranscribeException when the episode does not exist, has no stored audio or has a transcript
     */
    public TranscriptionJob request(long episodeId) {
        // Locked until the job is committed, so that a second request for the episode (a double click, another
        // curator, a request for the whole show) waits and then finds this job instead of queuing another.
        Episode episode = em.find(Episode.class, episodeId, LockModeType.PESSIMISTIC_WRITE);
        if (episode == null) {
            throw new NothingToTranscribeException("transcription.error.noEpisode", episodeId);
        }
        if (episode.getAudioFile() == null) {
            throw new NothingToTranscribeException("transcription.error.noAudio");
        }
        if (episode.getTranscript() != null) {
            throw new NothingToTranscribeException("transcription.error.hasTranscript");
        }
        Optional<TranscriptionJob> active = findActive(episodeId, JobTask.TRANSCRIBE);
        if (active.isPresent()) {
            return active.get();
        }
        TranscriptionJob job = queue(episode, JobTask.TRANSCRIBE, caller());
        requested.fire(new TranscriptionRequested());
        return job;
    }

    /** Queues a job for each episode of the show that has stored audio, no transcript and no job to come. */
    public int requestForShow(String showSlug) {
        return queue(em.createNamedQuery(TranscriptionJob.FIND_EPISODES_TO_TRANSCRIBE, Episode.class)
                .setParameter("showSlug", showSlug).getResultList(), JobTask.TRANSCRIBE);
    }

    /** {@link #queue(List, JobTask, String)}, asked for by the signed-in caller (or the system, without one). */
    public int queue(List<Episode> episodes, JobTask task) {
        return queue(episodes, task, caller());
    }

    /**
     * Queues a job of the task for each of the episodes that has none to come: the way features above transcripts
     * queue work of their own tasks ({@link QueuedWork}), having found that each episode needs it.
     *
     * @param episodes managed by the caller's transaction
     *
     * @return how many were queued
     */
    public int queue(List<Episode> episodes, JobTask task, String requestedBy) {
        int queued = 0;
        for (Episode episode : episodes) {
            // As in request(): a request for one of them that was faster has its job committed once the lock is ours.
            em.lock(episode, LockModeType.PESSIMISTIC_WRITE);
            if (findActive(episode.getId(), task).isEmpty()) {
                queue(episode, task, requestedBy);
                queued++;
            }
        }
        if (queued > 0) {
            requested.fire(new TranscriptionRequested());
        }
        return queued;
    }

    /** Of the show's episodes, how many have their latest job of the task in each status: a bulk request's progress. */
    public JobCounts countLatest(String showSlug, JobTask task) {
        Map<TranscriptionStatus, Long> counts = new EnumMap<>(TranscriptionStatus.class);
        em.createNamedQuery(TranscriptionJob.COUNT_LATEST_BY_STATUS, Object[].class).setParameter("showSlug", showSlug)
                .setParameter("task", task).getResultList()
                .forEach(row -> counts.put((TranscriptionStatus) row[0], ((Number) row[1]).longValue()));
        return JobCounts.of(counts);
    }

    private Optional<TranscriptionJob> findActive(long episodeId, JobTask task) {
        return em.createNamedQuery(TranscriptionJob.FIND_ACTIVE_BY_EPISODE, TranscriptionJob.class)
                .setParameter("episodeId", episodeId).setParameter("task", task).getResultStream().findFirst();
    }

    /**
     * Cancels a job that has not ended: a queued one never starts, a running one stops at its next step (at once on
     * this server, within a poll on another).
     *
     * @return whether the job was still to end
     */
    public boolean cancel(long jobId) {
        boolean cancelledNow = em.createNamedQuery(TranscriptionJob.CANCEL).setParameter("id", jobId)
                .setParameter("now", clock.instant()).executeUpdate() == 1;
        if (cancelledNow) {
            cancelled.fire(new TranscriptionCancelled(jobId));
        }
        return cancelledNow;
    }

    private TranscriptionJob queue(Episode episode, JobTask task, String requestedBy) {
        Engine engine = task == JobTask.TRANSCRIBE ? engines.chosen() : null;
        TranscriptionJob job = new TranscriptionJob(episode, task, engine, requestedBy, clock.instant());
        em.persist(job);
        return job;
    }

    private String caller() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? SYSTEM : caller.getName();
    }
}
