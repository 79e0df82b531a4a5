package dev.earmark.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL from the machine's own packages (Debian's postgresql), on a free
 * port with its data in a temporary folder. PostgreSQL refuses to run as root, so as root it
 * runs as the 'postgres' user that the Debian package creates.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "earmark";
    public static final String DATABASE = "earmark";

    private final Path bin;
    private final Path home;
    private final int port;

    private PostgresServer(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.port = port;
    }

    public static PostgresServer start() {
        try {
            Path bin = findBinaries();
            Path home = Files.createTempDirectory("earmark-postgres");
            if (runsAsRoot()) {
                run(List.of("chown", "postgres:postgres", home.toString()));
            }
            PostgresServer server = new PostgresServer(bin, home, freePort());
            server.pg("initdb", "-D", server.data(), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C");
            server.pg("pg_ctl", "-D", server.data(), "-l", home.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + server.port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), USER, "")) {
                connection.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL did not accept connections", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // the temporary folder is left for the operating system to clean
            }
        }
    }

    private String data() {
        return home.resolve("data").toString();
    }

    private void pg(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path findBinaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            throw new IllegalStateException("PostgreSQL is not installed: apt-get install -y postgresql");
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No initdb under " + versions));
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
