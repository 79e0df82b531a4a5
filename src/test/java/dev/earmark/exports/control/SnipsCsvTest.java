package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.entity.Episode;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnipsCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"https://evil\",\"click\")"})
    void whatASpreadsheetWouldRunAsAFormulaIsText(String formula) {
        String cell = SnipsCsv.field(formula);
        assertEquals(List.of(List.of("'" + formula)), Rfc4180.read(cell + "\r\n"));
    }

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

    /** RFC 4180 as a strict reader takes it: CRLF between records, quoted fields with doubled quotes. */
    static final class Rfc4180 {

        static List<List<String>> read(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == '"') {
                    for (i++; !(text.charAt(i) == '"' && (i + 1 == text.length() || text.charAt(i + 1) != '"')); i++) {
                        field.append(text.charAt(i));
                        if (text.charAt(i) == '"') {
                            i++;
                        }
                    }
                    i++;
                } else {
                    while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                        field.append(text.charAt(i++));
                    }
                }
                row.add(field.toString());
                field.setLength(0);
                if (text.startsWith("\r\n", i)) {
                    rows.add(row);
                    row = new ArrayList<>();
                    i += 2;
                } else if (i < text.length() && text.charAt(i) == ',') {
                    i++;
                } else {
                    throw new IllegalArgumentException("not RFC 4180 at " + i + ": " + text);
                }
            }
            return rows;
        }
    }
}
