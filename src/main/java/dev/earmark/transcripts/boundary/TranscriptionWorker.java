package dev.earmark.transcripts.boundary;

import dev.earmark.platform.control.Settings;
import dev.earmark.transcripts.control.TranscriptionControl;
import dev.earmark.transcripts.control.TranscriptionFailure;
import dev.earmark.transcripts.entity.JobTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the queue's jobs (transcriptions, and the tasks of other features: {@link QueuedWork}) in the background on the
 * container's managed executor, at most {@link Settings#transcriptionJobsPerServer()} at once on this server. Every
 * {@value #POLL_SECONDS} seconds (the first poll follows the start, so jobs queued before a restart run again), and at
 * once after a curator queues a job, it renews the claims of the jobs it runs, stops those it lost, and claims more
 * from the queue while it has room.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TranscriptionWorker {

    static final int POLL_SECONDS = 10;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(TranscriptionWorker.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    TranscriptionQueue queue;

    @Inject
    RunningTranscriptions running;

    /** What the jobs of each task do: transcripts' own transcription and the work of features above. */
    @Inject
    Instance<QueuedWork> works;

    @Inject
    Settings settings;

    @Schedule(hour = "*", minute = "*", second = "*/" + POLL_SECONDS, persistent = false)
    void pollRegularly() {
        try {
            poll();
        } catch (RuntimeException failed) {
            // A database that is away now is no reason to stop polling: the next poll tries again.
            LOG.log(Level.WARNING, "Polling the transcription jobs failed", failed);
        }
    }

    /** A curator's new jobs start without waiting for the next poll. */
    public void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptionRequested requested) {
        pollRegularly();
    }

    /** Keeps this server's claims and fills its free places from the queue, oldest job first. */
    public void poll() {
        String node = running.node();
        List<Long> runningHere = List.copyOf(running.ids());
        Set<Long> stillMine = queue.renew(runningHere, node);
        runningHere.stream().filter(id -> !stillMine.contains(id)).forEach(running::stop);
        int free = settings.transcriptionJobsPerServer() - running.count();
        if (free <= 0) {
            return;
        }
        for (long jobId : queue.claimableIds()) {
            if (free == 0) {
                return;
            }
            if (claim(jobId, node)) {
                start(jobId, node);
                free--;
            }
        }
    }

    /** Another server's claim of the same row may make the database refuse ours: that is a claim lost, not an error. */
    private boolean claim(long jobId, String node) {
        try {
            return queue.claim(jobId, node);
        } catch (RuntimeException refused) {
            LOG.log(Level.FINE, "Claim of transcription job " + jobId + " refused", refused);
            return false;
        }
    }

    private void start(long jobId, String node) {
        AtomicInteger reported = new AtomicInteger();
        TranscriptionControl control = new TranscriptionControl(percent -> {
            if (reported.getAndSet(percent) != percent) {
                queue.reportProgress(jobId, node, percent);
            }
        });
        running.add(jobId, control);
        try {
            executor.submit(() -> run(jobId, node, control));
        } catch (RejectedExecutionException full) {
            queue.fail(jobId, node, new TranscriptionFailure("transcription.failure.busy", null));
            running.remove(jobId);
        }
    }

    private void run(long jobId, String node, TranscriptionControl control) {
        try {
            Optional<ClaimedJob> job = queue.claimed(jobId, node);
            if (job.isPresent()) {
                workFor(job.get().task()).run(job.get(), control);
            }
        } catch (TranscriptionFailure failure) {
            failUnlessStopped(jobId, node, control, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Job " + jobId + " failed", unexpected);
            failUnlessStopped(jobId, node, control,
                    new TranscriptionFailure("transcription.failure.unexpected", unexpected.getClass().getSimpleName()));
        } finally {
            running.remove(jobId);
        }
    }

    /** Each task has one work; a task without one is a deployment's mistake, failing its jobs as unexpected. */
    private QueuedWork workFor(JobTask task) {
        return works.stream().filter(work -> work.task() == task).findFirst()
                .orElseThrow(() -> new IllegalStateException("No work for the task " + task));
    }

    /** A stopped job failed because it was stopped: its cancel, or the claim it lost, is what happened to it. */
    private void failUnlessStopped(long jobId, String node, TranscriptionControl control, TranscriptionFailure failure) {
        if (!control.isCancelled()) {
            queue.fail(jobId, node, failure);
        }
    }

    /**
     * At undeployment or shutdown: the jobs stay RUNNING, and a server takes them over when their claims run out.
     * Their engines are stopped, and the undeployment waits a little for them, so that no recogniser outlives it.
     */
    @PreDestroy
    void stopRunningJobs() {
        running.stopAll();
        try {
            if (!running.awaitNone(STOP_WAIT)) {
                LOG.warning(() -> "Transcription jobs still running " + STOP_WAIT.toSeconds() + " s after being stopped: "
                        + running.ids());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
