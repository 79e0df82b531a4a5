package dev.earmark.exports.boundary;

import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.control.ServiceClients;
import dev.earmark.platform.control.ChangeSignal;
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
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the syncs to Readwise and Notion in the background on the container's managed executor: at once after a
 * listener asks, and every minute whatever waits (the syncs queued before a restart, and those of a server that died,
 * once their lease ran out), at most {@value #CLAIMS_PER_POLL} at a time. Every {@value #AUTOMATIC_MINUTES} minutes
 * each connection with automatic sync whose listener changed a snip (or whose last sync failed) gets a sync of all its
 * snips, which sends only the new and changed ones; one that failed leaves them for the next, but a refused token waits
 * for the listener to connect again and a 429's Retry-After is waited out. A server
 * runs a sync only once its claim succeeded, so two servers never send the same snips.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceSync {

    static final int AUTOMATIC_MINUTES = 5;
    /**
     * Syncs a server claims in one poll: the managed executor's threads are shared with the rest of the server; a
     * sync that ends polls again, so a queue drains as fast as these run.
     */
    static final int CLAIMS_PER_POLL = 2;
    private static final Logger LOG = Logger.getLogger(ServiceSync.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    ServiceConnections connections;

    @Inject
    ServiceClients clients;

    @Inject
    ReadwiseSending readwise;

    @Inject
    NotionSending notion;

    /** Moves each time a sync starts or ends on this server: tests wait on it. */
    private final ChangeSignal changes = new ChangeSignal();

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void pollRegularly() {
        try {
            poll();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Polling the syncs to Readwise and Notion failed", failed);
        }
    }

    @Schedule(hour = "*", minute = "*/" + AUTOMATIC_MINUTES, persistent = false)
    void syncAutomatically() {
        try {
            queueAutomatic();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Queueing the automatic syncs to Readwise and Notion failed", failed);
        }
    }

    public void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) SyncRequested requested) {
        pollRegularly();
    }

    /** Queues a sync of every connection with automatic sync that has none waiting or running, and starts them. */
    public void queueAutomatic() {
        if (connections.queueAutomatic() > 0) {
            poll();
        }
    }

    /** Claims what waits and starts it. */
    public void poll() {
        for (long connectionId : connections.claimableIds(CLAIMS_PER_POLL)) {
            String claim = UUID.randomUUID().toString();
            if (claim(connectionId, claim)) {
                start(connectionId, claim);
            }
        }
    }

    public ChangeSignal changes() {
        return changes;
    }

    /** Another server's claim of the same row may make the database refuse ours: that is a claim lost, not an error. */
    private boolean claim(long connectionId, String claim) {
        try {
            return connections.claim(connectionId, claim);
        } catch (RuntimeException refused) {
            LOG.log(Level.FINE, "Claim of the sync of connection " + connectionId + " refused", refused);
            return false;
        }
    }

    private void start(long connectionId, String claim) {
        changes.changed();
        try {
            executor.submit(() -> run(connectionId, claim));
        } catch (RejectedExecutionException busy) {
            // The claim's lease runs out and a later poll takes the sync again.
            LOG.warning(() -> "The sync of connection " + connectionId + " waits: no thread to run it (" + busy + ")");
            changes.changed();
        }
    }

    private void run(long connectionId, String claim) {
        try {
            Optional<ClaimedSync> sync = connections.claimed(connectionId, claim);
            if (sync.isPresent()) {
                connections.finish(sync.get(), send(sync.get()));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            // Left RUNNING, the page would show it sending until the lease ran out, and refuse another sync meanwhile.
            LOG.log(Level.WARNING, "The sync of connection " + connectionId + " failed unexpectedly", unexpected);
            failUnexpectedly(connectionId, claim);
        } finally {
            changes.changed();
        }
        // The thread is free again: the next sync waiting may take it.
        pollRegularly();
    }

    private void failUnexpectedly(long connectionId, String claim) {
        try {
            connections.failUnexpectedly(connectionId, claim);
        } catch (RuntimeException alsoFailed) {
            LOG.log(Level.WARNING, "The failed sync of connection " + connectionId + " stays running until its lease ends",
                    alsoFailed);
        }
    }

    private SyncResult send(ClaimedSync sync) throws InterruptedException {
        if (sync.token().isEmpty()) {
            return SyncResult.stopped(0, 0, 0, new ExportFailure("exports.failure.tokenUnreadable", sync.service().name(), ""));
        }
        String token = sync.token().get();
        SyncResult result = switch (sync.service()) {
            case READWISE -> readwise.send(sync, clients.readwise(token, () -> connections.renew(sync)));
            case NOTION -> notion.send(sync, clients.notion(token, () -> connections.renew(sync)));
        };
        result.failure().ifPresent(failure -> LOG.info(() -> "The sync of connection " + sync.connectionId()
                + " stopped: " + failure.getMessage()));
        return result;
    }
}
