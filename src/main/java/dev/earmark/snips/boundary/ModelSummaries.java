package dev.earmark.snips.boundary;

import dev.earmark.platform.control.ChangeSignal;
import dev.earmark.summaries.control.ModelSummariser;
import dev.earmark.summaries.control.ModelSummarisers;
import dev.earmark.summaries.control.Summary;
import dev.earmark.summaries.control.SummaryFailure;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Snips' titles and takeaways by the language model the settings name ({@link ModelSummarisers}), in the background:
 * once a snip's excerpt is saved new or changed, its summary is asked of the model on the container's managed
 * executor, and the answer replaces the extractive summary the snip was saved with, unless the snip changed meanwhile
 * ({@link Snips#completeSummary}). Whatever fails, the snip keeps the extractive summary and the log says why, once.
 */
@ApplicationScoped
public class ModelSummaries {

    private static final Logger LOG = Logger.getLogger(ModelSummaries.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    ModelSummarisers models;

    @Inject
    SnipExcerpts excerpts;

    @Inject
    Snips snips;

    /** Snips whose summary is being asked for here, and how many times at once (a nudge during a request asks again). */
    private final Map<Long, Integer> asking = new ConcurrentHashMap<>();
    /** Moves each time asking for a summary starts or ends here. */
    private final ChangeSignal changes = new ChangeSignal();

    void wanted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SnipSummaryWanted wanted) {
        models.configured().ifPresent(model -> start(wanted.snipId(), model));
    }

    /** Whether the snip's summary is being asked for on this server now. */
    public boolean isAsking(long snipId) {
        return asking.containsKey(snipId);
    }

    /** Moves each time asking for a summary starts or ends on this server: tests wait on it. */
    public ChangeSignal changes() {
        return changes;
    }

    private void start(long snipId, ModelSummariser model) {
        asking.merge(snipId, 1, Integer::sum);
        changes.changed();
        try {
            executor.submit(() -> ask(snipId, model));
        } catch (RejectedExecutionException busy) {
            LOG.warning(() -> "Snip " + snipId + " keeps its extractive summary: no thread to ask the model (" + busy + ")");
            ended(snipId);
        }
    }

    private void ask(long snipId, ModelSummariser model) {
        try {
            Optional<SnipExcerpt> excerpt = excerpts.find(snipId);
            if (excerpt.isPresent()) {
                Summary summary = model.summarise(excerpt.get().excerpt());
                if (!snips.completeSummary(snipId, excerpt.get().startMillis(), excerpt.get().endMillis(), summary.title(),
                        summary.texts(), model.model())) {
                    LOG.fine(() -> "Snip " + snipId + " changed or went while the model summarised it; its answer is not used");
                }
            }
        } catch (SummaryFailure failure) {
            LOG.warning(() -> "Snip " + snipId + " keeps its extractive summary: " + failure.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Snip " + snipId + " keeps its extractive summary: asking the model failed", unexpected);
        } finally {
            ended(snipId);
        }
    }

    private void ended(long snipId) {
        asking.computeIfPresent(snipId, (id, count) -> count == 1 ? null : count - 1);
        changes.changed();
    }
}
