package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.entity.DerivedNotes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.logging.Logger;

/**
 * At deployment: derives again the notes of every show and episode that an older
 * derivation made ({@link DerivedNotes#VERSION}), so pages never show what older sanitising rules let through, and rows
 * that the migration to derived notes added are filled. Several servers starting at once on one database each try the
 * same rows; a row is written once, by whichever comes first, and a server with older code leaves newer rows alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutdatedNotes {

    /** Rows per transaction: a few hundred milliseconds of locks at most, and a few hundred transactions for 100,000 episodes. */
    static final int BATCH_SIZE = 100;

    private static final Logger LOG = Logger.getLogger(OutdatedNotes.class.getName());

    @Inject
    NotesDerivation derivation;

    // NOT_SUPPORTED on the method too: the class's attribute does not reach lifecycle callbacks (see DemoContent)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deriveAtDeployment() {
        long start = System.nanoTime();
        Derived derived = deriveAgain();
        if (derived.shows() + derived.episodes() > 0) {
            LOG.info(() -> "Derived the notes of " + derived.episodes() + " episodes and the summaries of "
                    + derived.shows() + " shows again (derivation " + DerivedNotes.VERSION + ") in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    /** What was derived again: the numbers of shows and of episodes. */
    public record Derived(int shows, int episodes) {
    }

    public Derived deriveAgain() {
        int shows = inBatches(derivation.outdatedShows(), derivation::deriveShows);
        int episodes = inBatches(derivation.outdatedEpisodes(), derivation::deriveEpisodes);
        return new Derived(shows, episodes);
    }

    /** In the order of their ids, so that two servers deriving the same rows lock them in the same order. */
    private static int inBatches(List<Long> ids, ToIntFunction<List<Long>> derive) {
        List<Long> ordered = ids.stream().sorted().toList();
        int derived = 0;
        for (int from = 0; from < ordered.size(); from += BATCH_SIZE) {
            derived += derive.applyAsInt(ordered.subList(from, Math.min(ordered.size(), from + BATCH_SIZE)));
        }
        return derived;
    }
}
