package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.control.CatalogueState;
import dev.earmark.catalogue.control.RevisionSnapshot;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/**
 * The catalogue's state as listeners see it ({@link #current()}), the validator of every answer built from it,
 * asked on every such request. The database holds it (one row, so that every node of a cluster agrees); each
 * node keeps a snapshot in memory, read again at once after a save on this node commits and otherwise at most
 * {@link #REFRESH} after the last read, so a save on another node is seen within that time. A scheduled episode
 * changes the state when its time comes, without any save: the snapshot knows the times still to come.
 */
@ApplicationScoped
public class CatalogueRevision {

    /**
     * How long a snapshot is trusted: how late a node learns of a save on another one. Half a second keeps a cluster's
     * nodes within a second of each other with the request's own time, for one small query per node twice a second.
     */
    public static final Duration REFRESH = Duration.ofMillis(500);

    /** Marks a transaction that has counted its save already, as one save may call {@link #bump()} many times. */
    private static final Object BUMPED = CatalogueRevision.class.getName() + ".bumped";

    @Inject
    Clock clock;

    @Inject
    RevisionStore store;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private volatile Loaded loaded;
    private volatile boolean committedSinceLoad;

    /** Reads the database at most every {@link #REFRESH} and after a local save; otherwise costs a clock reading. */
    public CatalogueState current() {
        return snapshot().at(clock.instant());
    }

    /**
     * Counts the caller's transaction as a change listeners could see. Call it after the transaction's last
     * change to a show or episode: it locks the one row until the commit, and taking it last keeps that short
     * (an upload may take minutes) and every transaction's locks in one order (rows first, then this).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        if (transactions.getResource(BUMPED) != null) {
            return;
        }
        transactions.putResource(BUMPED, Boolean.TRUE);
        Loaded known = loaded;
        store.advance(clock.instant(), known == null ? null : known.snapshot());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to prepare: the row is written with the transaction.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committedSinceLoad = true;
                }
            }
        });
    }

    private RevisionSnapshot snapshot() {
        Loaded current = loaded;
        if (current != null && current.isFresh() && !committedSinceLoad) {
            return current.snapshot();
        }
        synchronized (this) {
            current = loaded;
            if (current == null || !current.isFresh() || committedSinceLoad) {
                // Cleared before reading, so that a commit while it reads is read again next time.
                committedSinceLoad = false;
                current = new Loaded(store.load(), System.nanoTime());
                loaded = current;
            }
            return current.snapshot();
        }
    }

    /** Elapsed time on the machine's own timer: the injected clock tells the catalogue's time, which tests move. */
    private record Loaded(RevisionSnapshot snapshot, long loadedAtNanos) {

        boolean isFresh() {
            return System.nanoTime() - loadedAtNanos < REFRESH.toNanos();
        }
    }
}
