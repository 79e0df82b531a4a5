package dev.earmark.demo.boundary;

import dev.earmark.platform.boundary.JobLeases;
import dev.earmark.platform.control.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * At deployment, after the migrations: the demo show for an empty database, if the setting asks for it. Servers that
 * start at once on one database load it once: under the job lease {@value #JOB}, and the loader looks again inside it
 * whether the catalogue is still empty (the show's unique slug would refuse a second one besides). A server that finds
 * the lease held leaves the demo to its holder; if that one dies mid-load, its transaction leaves the database empty,
 * and the next start of a server loads the demo.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContent {

    /** The job's name in {@code job_lease}. */
    public static final String JOB = "demo-content";

    /** Loading copies about 40 MB of audio and reads ten transcripts: seconds, a minute on a slow disk. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    Settings settings;

    @Inject
    DemoLoader loader;

    @Inject
    JobLeases leases;

    /**
     * NOT_SUPPORTED on the method too: a class's attribute does not reach a singleton's lifecycle callbacks (EJB 3.2,
     * 8.3.7), and Payara runs them in a transaction of their own that commits after the callback's context is gone; the
     * observers of that transaction's events ran there, beans created there got no injection at all, and stayed so.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadIfWanted() {
        if (settings.demoContent()) {
            loadOnce(leases.node());
        }
    }

    /**
     * Loads the demo into an empty database unless another server, or another run here, holds the lease; {@code
     * holder} names the run.
     *
     * @return whether this run loaded it
     */
    public boolean loadOnce(String holder) {
        Optional<Boolean> loaded = leases.runOnce(JOB, LEASE, holder, loader::loadIfEmpty);
        if (loaded.isEmpty()) {
            LOG.info(() -> "Another server holds the lease " + JOB + " and loads the demo show if the database is empty");
        } else if (loaded.get()) {
            LOG.info(() -> "Loaded the demo show into the empty database (setting earmark.demo-content), as " + holder);
        }
        return loaded.orElse(false);
    }
}
