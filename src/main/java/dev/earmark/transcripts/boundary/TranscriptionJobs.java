package dev.earmark.transcripts.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.transcripts.control.TranscriptionEngines;
import dev.earmark.transcripts.entity.Engine;
import dev.earmark.transcripts.entity.TranscriptionJob;
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
import java.util.List;
import java.util.Optional;

/**
 * What curators do with transcription jobs: ask for a transcript of an episode or of every episode of a show that has
 * none, follow a job, cancel it. The jobs run in the background ({@link TranscriptionWorker}).
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

    /** The episode's latest job, whatever its status. */
    public Optional<TranscriptionJob> findLatest(long episodeId) {
        return em.createNamedQuery(TranscriptionJob.FIND_LATEST_BY_EPISODE, TranscriptionJob.class)
                .setParameter("episodeId", episodeId).setMaxResults(1).getResultStream().findFirst();
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
        Optional<TranscriptionJob> active = findActive(episodeId);
        if (active.isPresent()) {
            return active.get();
        }
        TranscriptionJob job = queue(episode);
        requested.fire(new TranscriptionRequested());
        return job;
    }

    /** Queues a job for each episode of the show that has stored audio, no transcript and no job to come. */
    public int requestForShow(String showSlug) {
        List<Episode> episodes = em.createNamedQuery(TranscriptionJob.FIND_EPISODES_TO_TRANSCRIBE, Episode.class)
                .setParameter("showSlug", showSlug).getResultList();
        int queued = 0;
        for (Episode episode : episodes) {
            // As in request(): a request for one of them that was faster has its job committed once the lock is ours.
            em.lock(episode, LockModeType.PESSIMISTIC_WRITE);
            if (findActive(episode.getId()).isEmpty()) {
                queue(episode);
                queued++;
            }
        }
        if (queued > 0) {
            requested.fire(new TranscriptionRequested());
        }
        return queued;
    }

    private Optional<TranscriptionJob> findActive(long episodeId) {
        return em.createNamedQuery(TranscriptionJob.FIND_ACTIVE_BY_EPISODE, TranscriptionJob.class)
                .setParameter("episodeId", episodeId).getResultStream().findFirst();
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

    private TranscriptionJob queue(Episode episode) {
        TranscriptionJob job = new TranscriptionJob(episode, engines.chosen(), caller(), clock.instant());
        em.persist(job);
        return job;
    }

    private String caller() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? SYSTEM : caller.getName();
    }
}
