package dev.earmark.transcripts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.FakeTranscriptionService;
import dev.earmark.testing.server.FakeTranscriptionService.Behaviour;
import dev.earmark.testing.server.FakeTranscriptionService.Received;
import dev.earmark.testing.server.SampleAudio;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.TranscriptionFixtures;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.TranscriptionFailure;
import dev.earmark.transcripts.entity.Engine;
import dev.earmark.transcripts.entity.TranscriptOrigin;
import dev.earmark.transcripts.entity.TranscriptionJob;
import dev.earmark.transcripts.entity.TranscriptionStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transcription jobs in the server: the OpenAI-compatible engine against a fake service that the test starts in the
 * server (which makes the call), its failures, and the queue's claims, leases, poller and cancel.
 */
class TranscriptionJobsIT extends ServerTest {

    private static final String ENGINE = "earmark.transcription.engine";
    private static final String JOBS_PER_SERVER = "earmark.transcription.jobs-per-server";
    private static final String SERVICE_URL = "earmark.transcription.service-url";
    private static final String SERVICE_MODEL = "earmark.transcription.service-model";
    private static final String SERVICE_TIMEOUT = "earmark.transcription.service-timeout";

    @Inject
    TranscriptionJobs jobs;

    @Inject
    TranscriptionQueue queue;

    @Inject
    RunningTranscriptions running;

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    TranscriptionFixtures transcriptionFixtures;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private FakeTranscriptionService service;
    private final List<Long> requested = new ArrayList<>();

    @BeforeEach
    void useTheFakeService() {
        service = FakeTranscriptionService.start();
        System.setProperty(ENGINE, "openai");
        System.setProperty(SERVICE_URL, service.base().toString());
        System.setProperty(SERVICE_MODEL, "whisper-test");
        System.setProperty(SERVICE_TIMEOUT, "20");
    }

    /** No job of a test lives on to be claimed by another test's settings. */
    @AfterEach
    void cancelAndRestore() {
        requested.forEach(jobs::cancel);
        for (String property : List.of(ENGINE, JOBS_PER_SERVER, SERVICE_URL, SERVICE_MODEL, SERVICE_TIMEOUT)) {
            System.clearProperty(property);
        }
        service.close();
    }

    @Test
    void theServiceTranscribesAndTheTranscriptIsStored() {
        Episode episode = episodeWithAudio("Service speech");

        TranscriptionJob job = request(episode);
        assertEquals(Engine.OPENAI, job.getEngine());
        TranscriptionJob done = awaitJob(episode, status -> status == TranscriptionStatus.DONE);

        assertEquals(100, done.getProgress());
        assertEquals(List.of(new Cue(0, 2840, null, "The server keeps a public directory."),
                new Cue(3120, 9500, null, "Each time it changes, a new version is published.")),
                transcripts.findByEpisode(episode.getId()).orElseThrow().toTranscript().cues());
        assertEquals(TranscriptOrigin.TRANSCRIBED, transcripts.findByEpisode(episode.getId()).orElseThrow().getOrigin());
        Received request = service.received().get(0);
        assertEquals("Bearer " + System.getenv("EARMARK_TRANSCRIPTION_SERVICE_KEY"), request.authorization(),
                "the key from the server's environment (pom.xml sets it for the servers under test)");
        assertEquals("whisper-test", request.model());
        assertEquals("verbose_json", request.responseFormat());
        assertEquals(SampleAudio.OPUS, request.fileName());
        assertTrue(request.fileType().startsWith("audio/ogg"), request.fileType());
        assertEquals(episode.getAudioFile().getLengthBytes(), request.fileBytes());
    }

    @Test
    void refusalsErrorsGarbageAndSilenceFailTheJobWithTheReason() {
        System.setProperty(SERVICE_TIMEOUT, "2");
        assertFails(Behaviour.REFUSED, "transcription.failure.status", "401 Incorrect API key provided.");
        assertFails(Behaviour.FAILING, "transcription.failure.status", "500 The server had an error while processing your request.");
        assertFails(Behaviour.GARBAGE, "transcription.failure.answer", "<html><body>It works!</body></html>");
        assertFails(Behaviour.SILENT, "transcription.failure.timeout", "2");
    }

    @Test
    void anEpisodeWithoutStoredAudioOrWithATranscriptIsRefused() {
        Episode external = fixtures.episode(fixtures.show("No stored audio"), "External audio", EpisodeStatus.PUBLISHED, now());

        NothingToTranscribeException refused = assertThrows(NothingToTranscribeException.class, () -> jobs.request(external.getId()));
        assertEquals("transcription.error.noAudio", refused.messageKey());
        assertEquals("transcription.error.noEpisode",
                assertThrows(NothingToTranscribeException.class, () -> jobs.request(-1)).messageKey());
    }

    @Test
    void askingTwiceKeepsTheJobToComeAndAShowQueuesOnlyWhatNeedsATranscript() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Episode episode = episodeWithAudio("Asked twice");

        TranscriptionJob first = request(episode);
        assertEquals(first.getId(), jobs.request(episode.getId()).getId());
        assertEquals(0, jobs.requestForShow(episode.getShow().getSlug()), "its one episode has a job to come");
        jobs.cancel(first.getId());
        assertEquals(1, jobs.requestForShow(episode.getShow().getSlug()));
        requested.add(jobs.findLatest(episode.getId()).orElseThrow().getId());
    }

    @Test
    void aQueuedJobIsPickedUpByThePollerAsAfterARestart() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Episode episode = episodeWithAudio("Queued before a restart");
        request(episode);
        assertEquals(TranscriptionStatus.QUEUED, jobs.findLatest(episode.getId()).orElseThrow().getStatus(),
                "a server that runs no jobs claims none");

        System.setProperty(JOBS_PER_SERVER, "1");

        assertEquals(TranscriptionStatus.DONE, awaitJob(episode, status -> !status.isActive()).getStatus(),
                "the next regular poll (every " + TranscriptionWorker.POLL_SECONDS + " s) claimed and ran it");
    }

    @Test
    void ofTwoServersClaimingAtOnceOneWins() throws Exception {
        System.setProperty(JOBS_PER_SERVER, "0");
        long jobId = request(episodeWithAudio("Claimed twice")).getId();
        CountDownLatch start = new CountDownLatch(1);

        Future<Boolean> first = executor.submit(claimAfter(start, jobId, "node-a"));
        Future<Boolean> second = executor.submit(claimAfter(start, jobId, "node-b"));
        start.countDown();

        assertTrue(first.get() ^ second.get(), "exactly one claim wins: " + first.get() + ", " + second.get());
        assertFalse(queue.claim(jobId, "node-c"), "a running job with a live lease is no one else's");
    }

    @Test
    void aRunningJobWhoseLeaseRanOutIsClaimedAgainAndTheOldClaimChangesNothing() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Episode episode = episodeWithAudio("Server died");
        long jobId = request(episode).getId();
        assertTrue(queue.claim(jobId, "crashed-node"));
        assertFalse(queue.claim(jobId, "other-node"));

        advanceClock(TranscriptionQueue.LEASE.plusSeconds(1));

        assertTrue(queue.claim(jobId, "other-node"), "the lease ran out: the server holding it is gone");
        assertEquals(2, jobs.findLatest(episode.getId()).orElseThrow().getAttempts());
        assertEquals(List.of(), List.copyOf(queue.renew(List.of(jobId), "crashed-node")), "the old claim is lost");
        assertFalse(queue.fail(jobId, "crashed-node", new TranscriptionFailure("transcription.failure.io", "late")));
        assertEquals("other-node", jobs.findLatest(episode.getId()).orElseThrow().getClaimedBy());
    }

    @Test
    void aJobWhoseServersKeepDyingIsGivenUp() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Episode episode = episodeWithAudio("Kills servers");
        long jobId = request(episode).getId();
        for (int attempt = 1; attempt <= TranscriptionQueue.MAX_ATTEMPTS; attempt++) {
            assertTrue(queue.claim(jobId, "node-" + attempt));
            advanceClock(TranscriptionQueue.LEASE.plusSeconds(1));
        }

        assertFalse(queue.claimableIds().contains(jobId));
        TranscriptionJob job = jobs.findLatest(episode.getId()).orElseThrow();
        assertEquals(TranscriptionStatus.FAILED, job.getStatus());
        assertEquals("transcription.failure.abandoned", job.findFailureKey().orElseThrow());
    }

    @Test
    void aQueuedJobIsCancelledAtOnceAndNeverStarts() {
        System.setProperty(JOBS_PER_SERVER, "0");
        Episode episode = episodeWithAudio("Cancelled early");
        long jobId = request(episode).getId();

        assertTrue(jobs.cancel(jobId));

        assertEquals(TranscriptionStatus.CANCELLED, jobs.findLatest(episode.getId()).orElseThrow().getStatus());
        assertFalse(queue.claim(jobId, "node-a"));
        assertFalse(jobs.cancel(jobId), "it had ended");
    }

    @Test
    void aRunningJobStopsWhenCancelled() throws InterruptedException {
        service.behave(Behaviour.SILENT);
        System.setProperty(SERVICE_TIMEOUT, "600");
        Episode episode = episodeWithAudio("Cancelled while running");
        long jobId = request(episode).getId();
        service.awaitRequest();
        assertTrue(running.ids().contains(jobId));

        assertTrue(jobs.cancel(jobId));

        Eventually.await("the job to stop on this server", running.changes(),
                () -> running.ids().contains(jobId) ? null : Boolean.TRUE);
        TranscriptionJob job = jobs.findLatest(episode.getId()).orElseThrow();
        assertEquals(TranscriptionStatus.CANCELLED, job.getStatus());
        assertNull(job.getLeaseUntil());
        assertTrue(transcripts.findByEpisode(episode.getId()).isEmpty());
    }

    private void assertFails(Behaviour behaviour, String failureKey, String detail) {
        service.behave(behaviour);
        Episode episode = episodeWithAudio("Fails " + behaviour);
        request(episode);

        TranscriptionJob failed = awaitJob(episode, status -> !status.isActive());

        assertEquals(TranscriptionStatus.FAILED, failed.getStatus(), behaviour.name());
        assertEquals(failureKey, failed.findFailureKey().orElseThrow(), behaviour.name());
        assertEquals(detail, failed.getFailureDetail(), behaviour.name());
        assertTrue(transcripts.findByEpisode(episode.getId()).isEmpty(), behaviour.name());
    }

    private Callable<Boolean> claimAfter(CountDownLatch start, long jobId, String node) {
        return () -> {
            start.await();
            try {
                return queue.claim(jobId, node);
            } catch (RuntimeException refused) {
                // A database may refuse the second of two concurrent updates of a row instead of finding nothing.
                return false;
            }
        };
    }

    private Episode episodeWithAudio(String title) {
        return transcriptionFixtures.episodeWithAudio(title, SampleAudio.open(SampleAudio.OPUS), SampleAudio.OPUS);
    }

    private TranscriptionJob request(Episode episode) {
        TranscriptionJob job = jobs.request(episode.getId());
        requested.add(job.getId());
        return job;
    }

    private TranscriptionJob awaitJob(Episode episode, Predicate<TranscriptionStatus> reached) {
        return Eventually.await("the job of " + episode.getTitle(), running.changes(), () -> jobs.findLatest(episode.getId())
                .filter(job -> reached.test(job.getStatus())).orElse(null));
    }
}
