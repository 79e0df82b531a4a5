package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a/b\\c:d*e?f\"g<h>i|j", "trailing dot.", "trailing space ", "CON", "com1.md", "Lpt9",
            "\u0000nul\u001f", "..", "", "Zürich – 東京 🎧"})
    void everySystemTakesTheName(String name) {
        String safe = FileNames.safe(name);
        assertFalse(safe.isEmpty());
        assertFalse(safe.matches(".*[/\\\\:*?\"<>|\\p{Cntrl}].*"), safe);
        assertFalse(safe.endsWith(".") || safe.endsWith(" "), safe);
        assertFalse(safe.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?"), safe);
    }

    @Test
    void longUnicodeNamesAreCutBetweenCharactersAndComposed() {
        String decomposed = "Zu\u0308rich ";
        String safe = FileNames.safe(decomposed.repeat(40) + "🎧".repeat(40));
        assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_BYTES);
        assertTrue(safe.startsWith("Zürich Zürich"), "composed: " + safe);
        assertFalse(safe.contains("\uFFFD"));
        assertEquals("a-b", FileNames.safe("a/\\:b"), "a run of unsafe characters is one hyphen");
    }

    @Test
    void anEpisodesFileIsNamedByDateShowAndEpisodeAndUniqueWithinAZip() {
        var show = ExportedSnips.show("Show", "the-show");
        assertEquals("2026-05-01-the-show-one.md", FileNames.episode(
                ExportedSnips.episode(show, "One", "one", Instant.parse("2026-05-01T23:59:59Z")), "md"));
        assertEquals("the-show-one.md", FileNames.episode(ExportedSnips.episode(show, "One", "one", null), "md"));
        FileNames names = new FileNames();
        assertEquals(List.of("a.md", "A-2.md", "a-3.md", "b.md"),
                List.of(names.unique("a.md"), names.unique("A.md"), names.unique("a.md"), names.unique("b.md")));
    }
}
