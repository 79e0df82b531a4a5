package dev.earmark.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/**
 * The build this server runs, as Maven recorded it in {@code dev/earmark/release.properties}. Every node of a
 * cluster that runs the same WAR reads the same values, so validators built from them agree across nodes, and a
 * new build changes them.
 */
@ApplicationScoped
public class Release {

    private static final String FILE = "/dev/earmark/release.properties";

    private Instant builtAt;
    private String version;

    @PostConstruct
    void read() {
        Properties release = new Properties();
        try (InputStream in = Release.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the WAR");
            }
            release.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builtAt = Instant.parse(release.getProperty("built"));
        version = release.getProperty("version");
    }

    /** When this build was made, in whole seconds. */
    public Instant builtAt() {
        return builtAt;
    }

    public String version() {
        return version;
    }
}
