package dev.earmark.insights.boundary;

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
 * Every five minutes, on every server, asks for a run of the aggregation on the container's managed executor (a long
 * run must not hold the timer), one at a time on this server; the lease in the database lets one server run it.
 * Non-persistent: a missed timeout is made up by the next, which finds the same days due.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AggregationTimer {

    private static final Logger LOG = Logger.getLogger(AggregationTimer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    AggregationRuns runs;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*/5", second = "40", persistent = false)
    void aggregate() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.submit(this::run);
        } catch (RejectedExecutionException busy) {
            running.set(false);
            LOG.warning(() -> "No thread to aggregate the listening insights; the next timeout tries again (" + busy + ")");
        }
    }

    private void run() {
        try {
            runs.run().filter(run -> !run.days().isEmpty() || run.rawEventsDeleted() > 0).ifPresent(run -> LOG.info(
                    () -> "Insights aggregated: days " + run.days() + ", " + run.rawEventsDeleted()
                            + " raw events past the retention deleted, in " + (run.endNanos() - run.startNanos()) / 1_000_000
                            + " ms"));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Aggregating the listening insights failed; the next timeout tries again", failed);
        } finally {
            running.set(false);
        }
    }
}
