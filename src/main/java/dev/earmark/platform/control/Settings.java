package dev.earmark.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Earmark's settings, set by the server's own means: a system property (WildFly
 * {@code /system-property=…}, Payara {@code create-system-properties}) or an environment variable
 * of the same name in upper case with underscores ({@code earmark.demo-content} → {@code EARMARK_DEMO_CONTENT}).
 * See server-config/README.md for the list.
 */
@ApplicationScoped
public class Settings {

    /** Load the demo show when the database is empty. Off unless a server turns it on. */
    public boolean demoContent() {
        return Boolean.parseBoolean(value("earmark.demo-content").orElse("false"));
    }

    /** Whether people who have not signed in may browse the catalogue and play episodes (on by default). */
    public boolean anonymousBrowsing() {
        return Boolean.parseBoolean(value("earmark.anonymous-browsing").orElse("true"));
    }

    /**
     * The portal origins that may embed the player ("https://portal.example.com"), comma-separated:
     * they may frame the embed pages and read the player's data (CORS). Empty: embedding only on Earmark itself.
     */
    public Set<String> embedOrigins() {
        return value("earmark.embed-origins").stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip)
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The time zone in which dates are shown to listeners. */
    public ZoneId displayZone() {
        return value("earmark.display-zone").map(ZoneId::of).orElse(ZoneId.of("UTC"));
    }

    /**
     * Where uploaded and demo media files live (a shared volume when clustered). Default: a folder
     * "earmark-media" in the server's own data directory.
     */
    public Path mediaDirectory() {
        return value("earmark.media-dir").map(Path::of).orElseGet(() -> serverDataDirectory().resolve("earmark-media"));
    }

    /** The largest audio upload accepted, in bytes (default 500 MiB). */
    public long maxAudioBytes() {
        return value("earmark.max-audio-bytes").map(Long::parseLong).orElse(500L * 1024 * 1024);
    }

    private static Path serverDataDirectory() {
        String wildfly = System.getProperty("jboss.server.data.dir");
        if (wildfly != null) {
            return Path.of(wildfly);
        }
        String payara = System.getProperty("com.sun.aas.instanceRoot");
        if (payara != null) {
            return Path.of(payara, "data");
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    static Optional<String> value(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        String environment = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        return Optional.ofNullable(environment).map(String::strip).filter(value -> !value.isEmpty());
    }
}
