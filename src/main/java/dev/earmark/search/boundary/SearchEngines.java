package dev.earmark.search.boundary;

import dev.earmark.search.control.SearchEngine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The search engine of the database Earmark runs on: PostgreSQL searches itself, H2 gets Earmark's Lucene index. */
@ApplicationScoped
public class SearchEngines {

    static final String POSTGRESQL = "PostgreSQL";

    @Resource(name = "jdbc/earmark")
    DataSource dataSource;

    @Inject
    Instance<PostgresSearch> postgres;

    @Inject
    Instance<LuceneSearch> lucene;

    private volatile Boolean onPostgres;

    @Produces
    SearchEngine engine() {
        return isPostgres() ? postgres.get() : lucene.get();
    }

    /** Whether the index beside the database is Earmark's own to keep. */
    public boolean keepsAnIndex() {
        return !isPostgres();
    }

    private boolean isPostgres() {
        if (onPostgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                onPostgres = POSTGRESQL.equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database Earmark runs on", e);
            }
        }
        return onPostgres;
    }
}
