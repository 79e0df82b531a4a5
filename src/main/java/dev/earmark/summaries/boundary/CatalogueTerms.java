package dev.earmark.summaries.boundary;

import dev.earmark.summaries.control.DocumentFrequencies;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How many of the catalogue's transcripts hold each term: what makes a term distinctive of one episode rather than of
 * the catalogue. Read from every transcript, which takes long for a large catalogue, so never while a suggestion
 * waits but the first: when the transcripts have changed since (a cheap statistic of the table tells, so every server
 * sharing the database notices another's change), the counts are read again in the background, one reading at a time,
 * and suggestions meanwhile use the counts as they were (one transcript more or less hardly moves a term's weight);
 * only counts of no transcript at all are never used while there are transcripts.
 */
@ApplicationScoped
public class CatalogueTerms {

    private static final Logger LOG = Logger.getLogger(CatalogueTerms.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    CatalogueTermCounts counts;

    private volatile Snapshot snapshot;
    private final AtomicBoolean counting = new AtomicBoolean();

    /** The counts as last read; {@link DocumentFrequencies#NONE} when they cannot be read. */
    public DocumentFrequencies frequencies() {
        try {
            List<Object> state = counts.state();
            Snapshot current = snapshot;
            // Counts of no transcript at all (read at deployment, before any was loaded) would weigh every word alike.
            if (current == null || current.frequencies().documents() == 0) {
                current = new Snapshot(state, counts.count());
                snapshot = current;
            } else if (!current.state().equals(state)) {
                countAgainInTheBackground(state);
            }
            return current.frequencies();
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "The catalogue's terms could not be counted; suggesting without them", unreadable);
            return DocumentFrequencies.NONE;
        }
    }

    private void countAgainInTheBackground(List<Object> state) {
        if (!counting.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.submit(() -> {
                try {
                    snapshot = new Snapshot(state, counts.count());
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "Counting the catalogue's terms again failed; the earlier counts stay", failed);
                } finally {
                    counting.set(false);
                }
            });
        } catch (RejectedExecutionException busy) {
            counting.set(false);
        }
    }

    private record Snapshot(List<Object> state, DocumentFrequencies frequencies) {
    }
}
