package dev.earmark.feeds.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, refreshes the followed feeds that are due, on the container's managed executor (a slow feed must not
 * hold the timer), one round at a time on this server; every server does the same, and the claim in the database lets
 * one of them refresh each feed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedRefreshTimer {

    /** Feeds one round takes: each may take a minute to fetch, and the next round comes a minute later. */
    static final int FEEDS_PER_ROUND = 5;
    private static final Logger LOG = Logger.getLogger(FeedRefreshTimer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    FeedSources sources;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    void refreshDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.submit(this::round);
        } catch (RejectedExecutionException busy) {
            running.set(false);
            LOG.warning(() -> "No thread to refresh the feeds that are due; the next minute tries again (" + busy + ")");
        }
    }

    private void round() {
        try {
            while (sources.refreshDue(FEEDS_PER_ROUND) == FEEDS_PER_ROUND) {
                // More are due: go on while this server has the thread.
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Refreshing the feeds that are due failed; the next minute tries again", failed);
        } finally {
            running.set(false);
        }
    }
}
