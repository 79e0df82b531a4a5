package dev.earmark.snips.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the snips saved before snips had share codes (schema version 16) theirs, in the background after deployment
 * (however many there are, the deployment does not wait): SQL has no portable way to make random base32, so the
 * migration leaves them without. Batches of {@link #BATCH} snips, each in a transaction of its own, read along the
 * primary key. Safe to run twice and on two servers at once: only a snip still without a code gets one. A snip saved
 * by a server of an older version during a rolling upgrade gets its code when its listener first shares it, or at the
 * next deployment.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SnipShareCodes {

    /** Snips per transaction: a few hundred updates keep a transaction and its locks short. */
    private static final int BATCH = 500;
    /** Tries of a batch: a try fails only when a random code repeats another snip's (about never), or the database. */
    private static final int TRIES = 3;
    private static final Logger LOG = Logger.getLogger(SnipShareCodes.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    Snips snips;

    // NOT_SUPPORTED on the method too: the class's attribute does not reach lifecycle callbacks (see DemoContent)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atDeployment() {
        try {
            executor.submit(() -> give(BATCH));
        } catch (RejectedExecutionException busy) {
            LOG.log(Level.WARNING, "No thread to give old snips share codes; they get theirs when shared", busy);
        }
    }

    /**
     * What the deployment starts: codes for every snip without one, {@code batch} snips a transaction.
     *
     * @return how many snips got a code
     */
    public int give(int batch) {
        int given = 0;
        long after = 0;
        for (List<Long> ids = snips.withoutShareCode(after, batch); !ids.isEmpty();
                ids = snips.withoutShareCode(after, batch)) {
            given += giveBatch(ids);
            after = ids.get(ids.size() - 1);
        }
        if (given > 0) {
            int total = given;
            LOG.info(() -> "Share codes given to " + total + " snips saved before snips had them");
        }
        return given;
    }

    private int giveBatch(List<Long> ids) {
        for (int tried = 1; ; tried++) {
            try {
                return snips.giveShareCodes(ids);
            } catch (RuntimeException failed) {
                if (tried == TRIES) {
                    LOG.log(Level.WARNING, failed, () -> "Snips " + ids.get(0) + " to " + ids.get(ids.size() - 1)
                            + " stay without share codes until they are shared or the next deployment");
                    return 0;
                }
            }
        }
    }
}
