package dev.earmark.summaries.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.summaries.control.EpisodeSuggestion;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.TranscriptionFixtures;
import dev.earmark.transcripts.boundary.ClaimedJob;
import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import dev.earmark.transcripts.boundary.JobCounts;
import dev.earmark.transcripts.boundary.RunningTranscriptions;
import dev.earmark.transcripts.boundary.TranscriptionJobs;
import dev.earmark.transcripts.boundary.TranscriptionQueue;
import dev.earmark.transcripts.boundary.TranscriptionWorker;
import dev.earmark.transcripts.entity.JobTask;
import dev.earmark.transcripts.entity.TranscriptionJob;
import dev.earmark.transcripts.entity.TranscriptionStatus;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Summaries as jobs of the transcription queue, in the server: a show's bulk request, the jobs a show that takes
 * summaries without review gets when an episode gets a transcript, what a job stores (summary and topics from the
 * built-in engine, audited, never over a curator's summary) and what a cancelled or failed one does not.
 */
class SummaryJobsIT extends ServerTest {

    private static final String JOBS_PER_SERVER = "earmark.transcription.jobs-per-server";
    private static final Instant PUBLISHED = Instant.parse("2024-06-01T10:00:00Z");

    @Inject
    SummaryJobs summaryJobs;

    @Inject
    TranscriptionJobs jobs;

    @Inject
    TranscriptionQueue queue;

    @Inject
    TranscriptionWorker worker;

    @Inject
    RunningTranscriptions running;

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    AuditTrail audit;

    @Inject
    UserTransaction transaction;

    private final List<Episode> episodes = new ArrayList<>();

    /** No job of a test lives on to be run under another test's settings. */
    @AfterEach
    void cancelAndRestore() {
        episodes.forEach(episode -> summaryJobs.findLatest(episode.getId()).ifPresent(job -> jobs.cancel(job.getId())));
        System.clearProperty(JOBS_PER_SERVER);
    }

    @Test
    void aJobTakesTheSuggestedSummaryAndTopicsAuditedAndEndsDone() {
        Show show = fixtures.show("Summarised in the background");
        Episode episode = withTranscript(show, "Key transparency");

        assertEquals(1, summaryJobs.requestForShow(show.getSlug()));
        TranscriptionJob done = awaitJob(episode, status -> !status.isActive());

        assertEquals(TranscriptionStatus.DONE, done.getStatus(), done.findFailureKey().orElse(""));
        assertEquals(100, done.getProgress());
        assertEquals(JobTask.SUMMARISE, done.getTask());
        assertNull(done.getEngine(), "a summary has no recogniser");
        EpisodeSummary summary = fixtures.reload(episode).getSummary();
        assertFalse(summary.findText().orElse("").isBlank(), "a summary was taken");
        assertEquals(TextSource.EXTRACT, summary.getTextSource(), "the built-in engine: no model is set");
        assertFalse(summary.getTopics().isEmpty());
        assertEquals(TextSource.EXTRACT, summary.getTopicsSource());
        List<AuditEntry> history = audit.history(AuditSubject.EPISODE, episode.getId());
        assertEquals(AuditAction.SUGGESTION_TAKEN, history.get(0).getAction());
        assertEquals(new JobCounts(0, 0, 1, 0), summaryJobs.progress(show.getSlug()));
        assertEquals(0, summaryJobs.countToSummarise(show.getSlug()), "it has a summary now");
    }

    @Test
    void aShowQueuesOnlyEpisodesWithATranscriptAndNoSummaryAndOnlyOnce() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Show show = fixtures.show("Summarised in part");
        Episode toSummarise = withTranscript(show, "Transcribed, no summary");
        track(fixtures.episode(show, "No transcript", EpisodeStatus.PUBLISHED, PUBLISHED));
        Episode summarised = withCuratorsSummary(withTranscript(show, "Transcribed and summarised"));

        assertEquals(1, summaryJobs.countToSummarise(show.getSlug()));
        assertEquals(1, summaryJobs.requestForShow(show.getSlug()));
        assertEquals(0, summaryJobs.requestForShow(show.getSlug()), "its job is still to come");
        assertEquals(0, summaryJobs.countToSummarise(show.getSlug()));

        assertEquals(TranscriptionStatus.QUEUED, summaryJobs.findLatest(toSummarise.getId()).orElseThrow().getStatus());
        assertTrue(summaryJobs.findLatest(summarised.getId()).isEmpty());
        assertTrue(jobs.findLatest(toSummarise.getId()).isEmpty(), "no transcription job: the editor shows none");
        assertEquals(new JobCounts(1, 0, 0, 0), summaryJobs.progress(show.getSlug()));
    }

    @Test
    void aJobCancelledBeforeItRunsOrWhileItRunsStoresNothing() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Show show = fixtures.show("Summary cancelled");
        Episode queued = withTranscript(show, "Cancelled while queued");
        Episode runningElsewhere = withTranscript(show, "Cancelled while running");
        assertEquals(2, summaryJobs.requestForShow(show.getSlug()));
        long queuedJob = summaryJobs.findLatest(queued.getId()).orElseThrow().getId();
        long claimedJob = summaryJobs.findLatest(runningElsewhere.getId()).orElseThrow().getId();
        assertTrue(queue.claim(claimedJob, "node-a"));

        assertTrue(jobs.cancel(queuedJob));
        assertTrue(jobs.cancel(claimedJob));

        assertFalse(queue.claim(queuedJob, "node-a"), "a cancelled job never starts");
        EpisodeSuggestion suggestion = new EpisodeSuggestion("Too late.", List.of("late", "cancelled", "job"), List.of(),
                TextSource.EXTRACT, null);
        assertFalse(summaryJobs.complete(new ClaimedJob(claimedJob, "node-a", runningElsewhere.getId(), JobTask.SUMMARISE,
                null), suggestion), "the job had ended");
        assertTrue(fixtures.reload(runningElsewhere).getSummary().findText().isEmpty());
        assertTrue(fixtures.reload(runningElsewhere).getSummary().getTopics().isEmpty());
        assertEquals(TranscriptionStatus.CANCELLED, summaryJobs.findLatest(runningElsewhere.getId()).orElseThrow().getStatus());
        assertEquals(new JobCounts(0, 0, 0, 0), summaryJobs.progress(show.getSlug()), "cancelled jobs are no one's to wait for");
    }

    @Test
    void aShowThatTakesSummariesGetsAJobWhenAnEpisodeGetsATranscriptAndOtherShowsDoNot() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Show accepting = acceptingSummaries(fixtures.show("Takes summaries"));
        Show reviewing = fixtures.show("Reviews summaries");

        Episode automatic = withTranscript(accepting, "Summarised by itself");
        Episode reviewed = withTranscript(reviewing, "Left to the curator");
        Episode curated = withTranscript(withCuratorsSummary(
                track(fixtures.episode(accepting, "Summarised by its curator", EpisodeStatus.PUBLISHED, PUBLISHED))));

        TranscriptionJob job = summaryJobs.findLatest(automatic.getId()).orElseThrow();
        assertEquals(TranscriptionStatus.QUEUED, job.getStatus());
        assertEquals(AuditTrail.SYSTEM, job.getRequestedBy());
        assertTrue(summaryJobs.findLatest(reviewed.getId()).isEmpty(), "its show reviews summaries");
        assertTrue(summaryJobs.findLatest(curated.getId()).isEmpty(), "it has a summary");
        assertTrue(jobs.findLatest(automatic.getId()).isEmpty(), "no chapters, no transcription: only a summary job");
    }

    @Test
    void aCuratorsSummaryWrittenBeforeTheJobRunsStays() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Show accepting = acceptingSummaries(fixtures.show("Takes summaries, curator first"));
        Episode episode = withTranscript(accepting, "Curator was faster");
        assertEquals(TranscriptionStatus.QUEUED, summaryJobs.findLatest(episode.getId()).orElseThrow().getStatus());
        withCuratorsSummary(episode);

        runJobs();
        TranscriptionJob done = awaitJob(episode, status -> !status.isActive());

        assertEquals(TranscriptionStatus.DONE, done.getStatus(), done.findFailureKey().orElse(""));
        EpisodeSummary summary = fixtures.reload(episode).getSummary();
        assertEquals("What the curator wrote.", summary.getText());
        assertEquals(TextSource.CURATOR, summary.getTextSource());
    }

    @Test
    void anEpisodeWhoseTranscriptWentBeforeTheJobRunsFailsIt() throws Exception {
        System.setProperty(JOBS_PER_SERVER, "0");
        Show show = fixtures.show("Transcript removed");
        Episode episode = withTranscript(show, "Transcript removed before the job");
        assertEquals(1, summaryJobs.requestForShow(show.getSlug()));
        transaction.begin();
        transcripts.remove(fixtures.reload(episode));
        transaction.commit();

        runJobs();
        TranscriptionJob failed = awaitJob(episode, status -> !status.isActive());

        assertEquals(TranscriptionStatus.FAILED, failed.getStatus());
        assertEquals("summaries.failure.noTranscript", failed.findFailureKey().orElseThrow());
        assertTrue(fixtures.reload(episode).getSummary().findText().isEmpty());
        assertEquals(new JobCounts(0, 0, 0, 1), summaryJobs.progress(show.getSlug()));
    }

    /** Lets this server run jobs, and polls at once rather than at the next regular poll. */
    private void runJobs() {
        System.setProperty(JOBS_PER_SERVER, "1");
        worker.poll();
    }

    private Episode withTranscript(Show show, String title) {
        return withTranscript(track(fixtures.episode(show, title, EpisodeStatus.PUBLISHED, PUBLISHED)));
    }

    private Episode withTranscript(Episode episode) {
        return fixtures.transcript(episode, "transcript.vtt", TranscriptionFixtures.demoTranscript());
    }

    private Episode withCuratorsSummary(Episode episode) {
        Episode current = fixtures.reload(episode);
        current.setSummary(current.getSummary().withText("What the curator wrote.", TextSource.CURATOR, null));
        return fixtures.save(current);
    }

    private Show acceptingSummaries(Show show) {
        Show current = fixtures.findShow(show.getSlug()).orElseThrow();
        current.setAcceptSummaries(true);
        return fixtures.save(current);
    }

    private Episode track(Episode episode) {
        episodes.add(episode);
        return episode;
    }

    private TranscriptionJob awaitJob(Episode episode, Predicate<TranscriptionStatus> reached) {
        return Eventually.await("the summary job of " + episode.getTitle(), running.changes(),
                () -> summaryJobs.findLatest(episode.getId()).filter(job -> reached.test(job.getStatus())).orElse(null));
    }
}
