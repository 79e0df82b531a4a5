package dev.earmark.highlights.boundary;

import dev.earmark.platform.control.ChangeSignal;
import dev.earmark.snips.boundary.SnipRangesChanged;
import dev.earmark.transcripts.boundary.TranscriptChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the moments up to date, never per request and never in a listener's thread: after each transaction that
 * changed an episode's snips' ranges or its transcript, its moments are made again in the background (the change
 * itself noted them due, {@link HighlightsDue}). One making per episode at a time on this server: changes that come
 * while one runs make one more after it, however many they are. A making that fails leaves the episode due, and a
 * timer makes the moments of episodes due for a while again (on two servers too: the making is idempotent under the
 * episode's row lock). At deployment, in the background, every episode's moments are made again when the stored ones
 * were made with another least number of listeners or another version of the clustering.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HighlightsOfSnips {

    private static final Logger LOG = Logger.getLogger(HighlightsOfSnips.class.getName());
    /** How long a change stays due before the timer makes it: its own making normally ends long before. */
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    HighlightComputation computation;

    /** The episodes being made here, each with whether it changed again meanwhile (then it is made once more). */
    private final ConcurrentMap<Long, Boolean> making = new ConcurrentHashMap<>();
    /** Moves each time a making ends here. */
    private final ChangeSignal changes = new ChangeSignal();

    // NOT_SUPPORTED on the method too: the class's attribute does not reach lifecycle callbacks (see DemoContent)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atDeployment() {
        try {
            executor.submit(this::clusterAgainIfMadeOtherwise);
        } catch (RejectedExecutionException busy) {
            LOG.log(Level.WARNING, "No thread to make the moments again; the next deployment tries again", busy);
        }
    }

    public void snipsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SnipRangesChanged change) {
        requested(change.episodeId());
    }

    public void transcriptChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptChanged change) {
        requested(change.episodeId());
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void makeThoseStillDue() {
        try {
            computation.dueSince(RETRY_AFTER).forEach(this::requested);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not read the episodes whose highlights are due; the next minute tries again",
                    failed);
        }
    }

    /** Whether the episode's moments are made with every change committed so far. */
    public boolean isMade(long episodeId) {
        return !making.containsKey(episodeId) && !computation.isDue(episodeId);
    }

    /** Moves each time a making of moments ends on this server: tests wait on it. */
    public ChangeSignal changes() {
        return changes;
    }

    private void requested(long episodeId) {
        boolean runningAlready = making.compute(episodeId, (id, running) -> running != null);
        if (runningAlready) {
            return;
        }
        try {
            executor.submit(() -> make(episodeId));
        } catch (RejectedExecutionException busy) {
            LOG.warning(() -> "No thread to make the highlights of episode " + episodeId + " now; the timer will");
            ended(episodeId);
        }
    }

    /** The episode's moments, again as long as it changed while they were being made. */
    private void make(long episodeId) {
        do {
            recompute(episodeId);
        } while (making.compute(episodeId, (id, again) -> again ? Boolean.FALSE : null) != null);
        changes.changed();
    }

    private void ended(long episodeId) {
        making.remove(episodeId);
        changes.changed();
    }

    /**
     * Every episode's moments made again, each in a transaction of its own, when the stored ones were made otherwise;
     * the new way is noted only when every episode's were made, so that the next deployment tries again after a
     * failure (meanwhile the listeners' queries leave out moments with fewer listeners than the setting).
     */
    private void clusterAgainIfMadeOtherwise() {
        if (computation.madeAsNow()) {
            return;
        }
        List<Long> episodes = computation.episodesToCluster();
        long started = System.nanoTime();
        long failed = episodes.stream().filter(episodeId -> !recompute(episodeId)).count();
        if (failed > 0) {
            LOG.warning(() -> "Highlights: the moments of " + failed + " of " + episodes.size()
                    + " episodes could not be made again; the next deployment tries again");
            return;
        }
        computation.madeNow();
        LOG.info(() -> "Highlights: the moments of " + episodes.size() + " episodes made again in "
                + (System.nanoTime() - started) / 1_000_000 + " ms (new least number of listeners or clustering)");
    }

    /** @return whether the episode's moments were made */
    private boolean recompute(long episodeId) {
        try {
            computation.recompute(episodeId);
            return true;
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, failed, () -> "The highlights of episode " + episodeId
                    + " stay as they were for now; they are due, and made again later");
            return false;
        }
    }
}
