package dev.earmark.player.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The widget's promise (issue 5): its JavaScript and CSS together stay within 10 KB gzipped. Each file
 * is compressed on its own, as a server sends them; tools/benchmark/widget.sh reports the same sizes.
 */
class WidgetBudgetTest {

    private static final int BUDGET_BYTES = 10 * 1024;

    @Test
    void scriptAndStylesTogetherStayWithinTenKilobytesGzipped() throws IOException {
        int total = gzippedSize(Path.of("src/main/webapp/widget.js")) + gzippedSize(Path.of("src/main/webapp/widget.css"));
        assertTrue(total <= BUDGET_BYTES, "widget.js + widget.css gzipped: " + total + " bytes, budget " + BUDGET_BYTES);
    }

    private static int gzippedSize(Path file) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(Files.readAllBytes(file));
        }
        return compressed.size();
    }
}
