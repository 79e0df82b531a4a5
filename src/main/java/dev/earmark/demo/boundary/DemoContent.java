package dev.earmark.demo.boundary;

import dev.earmark.platform.control.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** At deployment, after the migrations: the demo show for an empty embedded database, if the setting asks for it. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    Settings settings;

    @Inject
    DemoLoader loader;

    /**
     * NOT_SUPPORTED on the method too: a class's attribute does not reach a singleton's lifecycle callbacks (EJB 3.2,
     * 8.3.7), and Payara runs them in a transaction of their own that commits after the callback's context is gone; the
     * observers of that transaction's events ran there, beans created there got no injection at all, and stayed so.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadIfWanted() {
        if (settings.demoContent() && loader.loadIfEmpty()) {
            LOG.info("Loaded the demo show into the empty database (setting earmark.demo-content)");
        }
    }
}
