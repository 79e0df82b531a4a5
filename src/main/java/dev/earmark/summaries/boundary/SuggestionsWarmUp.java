package dev.earmark.summaries.boundary;

import dev.earmark.summaries.control.BuiltInSuggestions;
import dev.earmark.transcripts.control.Cue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes one built-in suggestion at deployment, in the background: the first suggestion of a server loads the language
 * analysis and reads every transcript for the catalogue's document frequencies, which took up to 3 s on a busy
 * machine, and the first curator to click Suggest should not wait for that.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SuggestionsWarmUp {

    private static final Logger LOG = Logger.getLogger(SuggestionsWarmUp.class.getName());
    private static final List<Cue> SAMPLE = List.of(
            new Cue(0, 4_000, "Host", "Every public key is published in a directory that anyone can read."),
            new Cue(4_000, 8_000, "Guest", "Independent auditors check that the directory only ever grows."));

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    CatalogueTerms terms;

    @PostConstruct
    void warmUp() {
        try {
            executor.submit(this::suggestOnce);
        } catch (RejectedExecutionException busy) {
            LOG.log(Level.FINE, "No thread to warm the built-in suggestions up; the first suggestion will", busy);
        }
    }

    private void suggestOnce() {
        try {
            BuiltInSuggestions.suggest(SAMPLE, Locale.ENGLISH, terms.frequencies());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Warming the built-in suggestions up failed; the first suggestion will be slower", failed);
        }
    }
}
