package dev.earmark.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On H2, brings the search index up to date when the application starts — builds it when it is missing, was made
 * by another layout or of another database — in the background, so that deploying does not wait for it; a search
 * meanwhile waits for it to finish.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

    @Inject
    SearchEngines engines;

    @Inject
    LuceneSearch lucene;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        if (engines.keepsAnIndex()) {
            executor.execute(() -> {
                try {
                    lucene.catchUp();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The search index could not be brought up to date; searches will try again", e);
                }
            });
        }
    }
}
