package dev.earmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The features and the features each may call, as docs/architecture.md draws them: read from the imports of the
 * main sources, so a new dependency is a decision that changes this table and the picture, not an accident.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/earmark");
    private static final Pattern FEATURE_IMPORT = Pattern.compile("^import (?:static )?dev\\.earmark\\.([a-z]+)\\.", Pattern.MULTILINE);

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("platform", Set.of()),
            Map.entry("notes", Set.of("platform")),
            Map.entry("transcripts", Set.of("catalogue", "media", "platform")),
            Map.entry("media", Set.of("platform")),
            Map.entry("audit", Set.of("platform")),
            Map.entry("catalogue", Set.of("media", "notes", "platform")),
            Map.entry("summaries", Set.of("catalogue", "transcripts", "notes", "audit", "platform")),
            Map.entry("snips", Set.of("catalogue", "transcripts", "summaries", "notes", "platform")),
            Map.entry("player", Set.of("catalogue", "media", "platform")),
            Map.entry("search", Set.of("catalogue", "transcripts", "platform")),
            Map.entry("curation", Set.of("catalogue", "media", "notes", "transcripts", "summaries", "audit", "platform")),
            Map.entry("highlights", Set.of("catalogue", "transcripts", "summaries", "snips", "audit", "platform")),
            Map.entry("sharing", Set.of("catalogue", "transcripts", "snips", "highlights", "player", "notes", "platform")),
            Map.entry("exports", Set.of("catalogue", "transcripts", "snips", "notes", "platform")),
            Map.entry("feeds", Set.of("catalogue", "media", "notes", "transcripts", "highlights", "curation", "audit",
                    "platform")),
            Map.entry("insights", Set.of("catalogue", "media", "highlights", "platform")),
            Map.entry("demo", Set.of("catalogue", "media", "notes", "transcripts", "snips", "highlights", "platform")));

    @Test
    void everyFeatureCallsOnlyTheFeaturesItMay() {
        Map<String, Set<String>> unexpected = new TreeMap<>();
        actualDependencies().forEach((feature, calls) -> {
            Set<String> extra = new TreeSet<>(calls);
            extra.removeAll(ALLOWED.getOrDefault(feature, Set.of()));
            if (!extra.isEmpty()) {
                unexpected.put(feature, extra);
            }
        });
        assertEquals(Map.of(), unexpected, "features calling what docs/architecture.md does not allow");
    }

    @Test
    void everyFeatureIsInThePicture() {
        assertEquals(new TreeSet<>(ALLOWED.keySet()), new TreeSet<>(actualDependencies().keySet()));
    }

    /** Feature → the other features its main sources import. */
    private static Map<String, Set<String>> actualDependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> features = Files.list(SOURCES)) {
            features.filter(Files::isDirectory).forEach(feature -> {
                String name = feature.getFileName().toString();
                Set<String> calls = dependencies.computeIfAbsent(name, any -> new TreeSet<>());
                try (Stream<Path> files = Files.walk(feature)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                        Matcher imports = FEATURE_IMPORT.matcher(read(file));
                        while (imports.find()) {
                            calls.add(imports.group(1));
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                calls.remove(name);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
