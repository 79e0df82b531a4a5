package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.testing.Rfc4180;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnipsCsvTest {

    @Test
    void everyFieldOfASnipIsAColumnAndReadsBackThroughQuotesCommasAndLineBreaks() {
        Episode episode = ExportedSnips.episode(ExportedSnips.show("Show, \"quoted\"", "s"), "=cmd|' /C calc'!A0",
                "e", Instant.parse("2026-05-01T10:00:00Z"));
        StringWriter out = new StringWriter();
        SnipsCsv csv = new SnipsCsv(ExportedSnips.LINKS, out);
        csv.header();
        csv.snip(ExportedSnips.snip(episode, 3_754, 3_810, "Title, with \"quotes\"", List.of("One.", "Two, too."),
                "Line one\r\nline two\n\n- list", Set.of("b", "a"), "Nora", "Hello", null, "@you"));
        List<List<String>> rows = Rfc4180.read(out.toString());
        assertEquals(SnipsCsv.COLUMNS, rows.get(0));
        assertEquals(List.of("Show, \"quoted\"", "'=cmd|' /C calc'!A0", "2026-05-01", "1:02:34", "1:03:30",
                "https://podcasts.example.com/earmark/shows/s/episodes/e#t=3754,3810", "Title, with \"quotes\"",
                "One.\nTwo, too.", "Nora: Hello\n@you", "Line one\r\nline two\n\n- list", "a, b", "2026-11-30 08:15:30"),
                rows.get(1));
        assertEquals(2, rows.size());
    }
}
