package dev.earmark.search.boundary;

import dev.earmark.platform.boundary.DatabaseMigration;
import dev.earmark.search.control.SearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The search engine of the database Earmark runs on: PostgreSQL searches itself, H2 gets Earmark's Lucene index. */
@ApplicationScoped
public class SearchEngines {

    static final String POSTGRESQL = "PostgreSQL";

    /** Knows the database: it migrated it before anything else started. */
    @Inject
    DatabaseMigration database;

    @Inject
    Instance<PostgresSearch> postgres;

    @Inject
    Instance<LuceneSearch> lucene;

    @Produces
    SearchEngine engine() {
        return isPostgres() ? postgres.get() : lucene.get();
    }

    /** Whether the index beside the database is Earmark's own to keep. */
    public boolean keepsAnIndex() {
        return !isPostgres();
    }

    private boolean isPostgres() {
        return POSTGRESQL.equals(database.databaseProductName());
    }
}
