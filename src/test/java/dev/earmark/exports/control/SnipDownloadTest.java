package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.snips.entity.Snip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class SnipDownloadTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Show SHOW = ExportedSnips.show("Show", "the-show");
    private static final Episode ONE = ExportedSnips.episode(SHOW, "One", "one", Instant.parse("2026-05-01T10:00:00Z"));
    private static final Episode TWO = ExportedSnips.episode(SHOW, "Two", "two", Instant.parse("2026-06-01T10:00:00Z"));
    private static final List<Snip> SNIPS = List.of(snip(ONE, 10), snip(ONE, 20), snip(TWO, 30));

    @Test
    void aZipHasAMarkdownFilePerEpisode() throws IOException {
        SnipDownload download = new SnipDownload(ExportFormat.OBSIDIAN, true, SNIPS, ExportedSnips.LINKS, NOW);
        assertEquals("earmark-snips-2026-12-02.zip", download.fileName());
        assertEquals("application/zip", download.mediaType());
        Map<String, String> files = unzip(download);
        assertEquals(List.of("2026-05-01-the-show-one.md", "2026-06-01-the-show-two.md"), List.copyOf(files.keySet()));
        assertEquals(2, files.get("2026-05-01-the-show-one.md").split("\\[!quote]", -1).length - 1);
        assertTrue(files.get("2026-06-01-the-show-two.md").startsWith("---\nshow: \"Show\"\nepisode: \"Two\"\n"));
    }

    @Test
    void oneFileIsNamedForItsEpisodeOrForTheExport() throws IOException {
        assertEquals("2026-05-01-the-show-one.md", new SnipDownload(ExportFormat.LOGSEQ, false, SNIPS.subList(0, 2),
                ExportedSnips.LINKS, NOW).fileName());
        SnipDownload csv = new SnipDownload(ExportFormat.CSV, false, SNIPS, ExportedSnips.LINKS, NOW);
        assertEquals("earmark-snips-2026-12-02.csv", csv.fileName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeTo(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFshow,episode,"), "Excel reads UTF-8 by its byte order mark");
        assertEquals(4, text.split("\r\n").length);

        Map<String, String> zipped = unzip(new SnipDownload(ExportFormat.JSON, true, SNIPS, ExportedSnips.LINKS, NOW));
        assertEquals(Set.of("earmark-snips-2026-12-02.json"), zipped.keySet());
    }

    private static Map<String, String> unzip(SnipDownload download) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        download.writeTo(out);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static Snip snip(Episode episode, int start) {
        return ExportedSnips.snip(episode, start, start + 10, "At " + start, List.of(), "", Set.of(), "Nora", "Hi.");
    }
}
