package dev.earmark.snips.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the snips saved before snips had share codes (schema version 16) theirs, at deployment: SQL has no portable
 * way to make random base32, so the migration leaves them without. Each snip in a transaction of its own; a snip saved
 * by a server of an older version during a rolling upgrade gets its code when its listener first shares it, or at the
 * next deployment.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SnipShareCodes {

    private static final Logger LOG = Logger.getLogger(SnipShareCodes.class.getName());

    @Inject
    Snips snips;

    @PostConstruct
    void giveAtDeployment() {
        List<Long> without = snips.withoutShareCode();
        for (long snipId : without) {
            try {
                snips.giveShareCode(snipId);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, failed, () -> "Snip " + snipId + " stays without a share code until it is "
                        + "shared or the next deployment");
            }
        }
        if (!without.isEmpty()) {
            LOG.info(() -> "Share codes given to " + without.size() + " snips saved before snips had them");
        }
    }
}
