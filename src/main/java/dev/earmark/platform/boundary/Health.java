package dev.earmark.platform.boundary;

import dev.earmark.platform.control.ServerNode;
import dev.earmark.platform.control.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether this server can serve: live when it answers at all, ready when the database answers with the schema this
 * server migrated it to and the media directory takes files. The answers name no path, no address and no error: the
 * reasons are in the server's log (a warning at each failed check, without a stack trace: a balancer asks often).
 */
@ApplicationScoped
public class Health {

    private static final Logger LOG = Logger.getLogger(Health.class.getName());
    /** A load balancer asks every few seconds: a database slower than this counts as down. */
    static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);
    /** Quoted, as Flyway creates them: H2 would otherwise look for upper-case names. */
    static final String LATEST_MIGRATION = "SELECT \"version\" FROM \"flyway_schema_history\""
            + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC";

    @Resource(lookup = "java:comp/env/jdbc/earmark")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Inject
    Settings settings;

    @Inject
    ServerNode server;

    @Inject
    JobLeases jobs;

    /** One check's outcome; details are short, stable words (a version), never paths or messages. */
    public record Check(String name, boolean up, Map<String, String> details) {

        static Check up(String name, Map<String, String> details) {
            return new Check(name, true, details);
        }

        static Check down(String name) {
            return new Check(name, false, Map.of());
        }
    }

    /** The answer: up when every check is. */
    public record Report(String node, List<Check> checks) {

        public boolean up() {
            return checks.stream().allMatch(Check::up);
        }
    }

    /** The server answers: nothing else is asked, the database least of all. */
    public Report live() {
        return new Report(server.node(), List.of());
    }

    public Report ready() {
        return new Report(server.node(), checks());
    }

    /** Every check of readiness, in the answer's order: whatever else serving needs adds its line here. */
    private List<Check> checks() {
        Database database = database();
        List<Check> checks = new ArrayList<>(List.of(database.check(), migrations(database), mediaDirectory()));
        if (database.reachable()) {
            checks.add(jobLeases());
        }
        return checks;
    }

    /**
     * Which server holds, or held last, each run-once job's lease ({@code "demo-content": "node1/1a2b3c4d"}), and until
     * when while it is held: the same answer from every server of a cluster. Informational: never down.
     */
    private Check jobLeases() {
        Map<String, String> holders = new LinkedHashMap<>();
        try {
            jobs.holders().forEach(lease -> {
                holders.put(lease.name(), lease.holder());
                if (lease.held()) {
                    holders.put(lease.name() + ".until", lease.until().toString());
                }
            });
        } catch (RuntimeException unread) {
            LOG.warning(() -> "Health: the job leases could not be read: " + unread);
        }
        return Check.up("jobs", holders);
    }

    /** What the database said, read once for both of its checks. */
    private record Database(boolean reachable, String latestMigration) {

        Check check() {
            return reachable ? Check.up("database", Map.of()) : Check.down("database");
        }
    }

    private Database database() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement latest = connection.prepareStatement(LATEST_MIGRATION)) {
            latest.setQueryTimeout((int) DATABASE_TIMEOUT.toSeconds());
            latest.setMaxRows(1);
            try (ResultSet row = latest.executeQuery()) {
                return new Database(true, row.next() ? row.getString(1) : null);
            }
        } catch (SQLException | RuntimeException unreachable) {
            LOG.warning(() -> "Health: the database does not answer: " + unreachable);
            return new Database(false, null);
        }
    }

    /** Up when the database's newest migration is the one this server's start applied or found: same WAR, same schema. */
    private Check migrations(Database database) {
        String expected = migration.schemaVersion();
        if (!database.reachable() || expected == null || !Objects.equals(expected, database.latestMigration())) {
            if (database.reachable()) {
                LOG.warning(() -> "Health: the database's schema is at " + database.latestMigration()
                        + ", this server expects " + expected);
            }
            return Check.down("migrations");
        }
        return Check.up("migrations", Map.of("version", expected));
    }

    /** Present (or made, as a first upload would) and writable: a file is written and removed again. */
    private Check mediaDirectory() {
        Path directory = settings.mediaDirectory();
        try {
            Files.createDirectories(directory);
            Files.delete(Files.createTempFile(directory, ".health-", ".tmp"));
            return Check.up("mediaDir", Map.of());
        } catch (IOException | RuntimeException unwritable) {
            LOG.warning(() -> "Health: the media directory " + directory + " cannot be written: " + unwritable);
            return Check.down("mediaDir");
        }
    }
}
