package dev.earmark.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything uses JPA: the versioned SQL scripts in
 * {@code db/migration} run on H2 and PostgreSQL alike and keep all data on upgrade; those in
 * {@code db/vendor/h2} and {@code db/vendor/postgresql} are one database's own (the open-source Flyway 11 has no
 * {@code {vendor}} placeholder, so the folder is chosen here by the database's product name).
 * Start-up beans that touch the database declare {@code @DependsOn("DatabaseMigration")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(name = "jdbc/earmark")
    DataSource dataSource;

    private String productName;
    private String schemaVersion;

    /** Where the migrations for a database are: the common ones and its own ("H2" → db/vendor/h2). */
    public static String[] locations(String databaseProductName) {
        return new String[] {"classpath:db/migration",
                "classpath:db/vendor/" + databaseProductName.toLowerCase(Locale.ROOT)};
    }

    /**
     * The database's product name as its driver tells it ("H2", "PostgreSQL"), for features with code of their own
     * per database. Read here, where the data source is known to be Earmark's: in a CDI bean, WildFly injected
     * its default data source for the same {@code @Resource}.
     */
    @Lock(LockType.READ)
    public String databaseProductName() {
        return productName;
    }

    /** The schema version this server's start brought the database to ("26"): what the health check expects to find. */
    @Lock(LockType.READ)
    public String schemaVersion() {
        return schemaVersion;
    }

    private String readProductName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }

    @PostConstruct
    void migrate() {
        productName = readProductName();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations(productName))
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
