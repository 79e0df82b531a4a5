package dev.earmark.summaries.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.summaries.control.EpisodeSuggestion;
import dev.earmark.transcripts.boundary.ClaimedJob;
import dev.earmark.transcripts.boundary.JobCounts;
import dev.earmark.transcripts.boundary.TranscriptionJobs;
import dev.earmark.transcripts.boundary.TranscriptionQueue;
import dev.earmark.transcripts.entity.JobTask;
import dev.earmark.transcripts.entity.TranscriptionJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Summaries made in the background, as jobs of the transcription queue ({@link JobTask#SUMMARISE}, run by
 * {@link SummaryWork}): for every episode of a show that has a transcript and no summary, at a curator's request, and
 * for each episode that gets a transcript when its show takes summaries without review. A job takes the summary and
 * topics where the episode has none ({@link EpisodeSummaries#takeUnreviewed}), never chapters.
 */
@ApplicationScoped
@Transactional
public class SummaryJobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    TranscriptionJobs jobs;

    @Inject
    TranscriptionQueue queue;

    @Inject
    EpisodeSummaries summaries;

    /** How many of the show's episodes have a transcript, no summary and no summary job to come. */
    public long countToSummarise(String showSlug) {
        return em.createNamedQuery(TranscriptionJob.COUNT_EPISODES_TO_SUMMARISE, Long.class)
                .setParameter("showSlug", showSlug).getSingleResult();
    }

    /**
     * Queues a summary job for each of the show's episodes that has a transcript, no summary and no summary job to
     * come, asked for by the signed-in curator.
     *
     * @return how many were queued
     */
    public int requestForShow(String showSlug) {
        return jobs.queue(em.createNamedQuery(TranscriptionJob.FIND_EPISODES_TO_SUMMARISE, Episode.class)
                .setParameter("showSlug", showSlug).getResultList(), JobTask.SUMMARISE);
    }

    /** Of the show's episodes, how many have their latest summary job in each status. */
    public JobCounts progress(String showSlug) {
        return jobs.countLatest(showSlug, JobTask.SUMMARISE);
    }

    /** The episode's latest summary job, whatever its status. */
    public Optional<TranscriptionJob> findLatest(long episodeId) {
        return jobs.findLatest(episodeId, JobTask.SUMMARISE);
    }

    /**
     * Queues a summary job, asked for by the system, if the episode has a transcript and no summary and its show
     * takes summaries without review.
     *
     * @return whether a job was queued
     */
    public boolean queueUnreviewed(long episodeId) {
        Episode episode = em.find(Episode.class, episodeId);
        if (episode == null || episode.getTranscript() == null || !episode.getShow().isAcceptSummaries()
                || episode.getSummary().findText().isPresent()) {
            return false;
        }
        return jobs.queue(List.of(episode), JobTask.SUMMARISE, AuditTrail.SYSTEM) == 1;
    }

    /**
     * Ends the job DONE and takes the suggestion's summary and topics where the episode has none, in one transaction:
     * a job cancelled or taken over meanwhile stores nothing.
     *
     * @return whether the job was still its claim's
     */
    public boolean complete(ClaimedJob job, EpisodeSuggestion suggestion) {
        if (!queue.finish(job.id(), job.node())) {
            return false;
        }
        summaries.takeUnreviewed(job.episodeId(), suggestion);
        return true;
    }
}
