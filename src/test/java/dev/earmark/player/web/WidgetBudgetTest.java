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
 * The widget's promises (issues 5, 10 and 11): what loads before the first play, its JavaScript and CSS, stays within
 * 10 KB gzipped; what it loads later — the transcript view when a listener opens a transcript, the snips' code after
 * the first play or at the first snip, with it the marks of the most saved moments and the listening insights' reports
 * (issue 15), the share menu at the first press of "Share snip" — within another 16 KB together. Each file is compressed on its own, as a
 * server sends them; tools/benchmark/widget.sh reports the same sizes.
 *
 * <p>One case breaks the 10 KB: a listener with snips of theirs waiting in the browser to be sent, or snips to be
 * offered for moving into their account, gets the snips' code at load, before any play (the highlights' marks still
 * wait for the first play).
 * That case has its own bound, 16 KB for the three files; everybody else loads the snips' code only after the first play.
 */
class WidgetBudgetTest {

    private static final Path WEB = Path.of("src/main/webapp");
    private static final int BEFORE_FIRST_PLAY_BYTES = 10 * 1024;
    private static final int LOADED_LATER_BYTES = 16 * 1024;
    private static final int WITH_SNIPS_DUE_BYTES = 16 * 1024;

    @Test
    void scriptAndStylesTogetherStayWithinTenKilobytesGzipped() throws IOException {
        int total = gzippedSize("widget.js") + gzippedSize("widget.css");
        assertTrue(total <= BEFORE_FIRST_PLAY_BYTES,
                "widget.js + widget.css gzipped: " + total + " bytes, budget " + BEFORE_FIRST_PLAY_BYTES);
    }

    @Test
    void withSnipsToSendOrOfferTheSnipsCodeLoadsAtOnceWithinSixteenKilobytesGzipped() throws IOException {
        int total = gzippedSize("widget.js") + gzippedSize("widget.css") + gzippedSize("widget-snips.js");
        assertTrue(total <= WITH_SNIPS_DUE_BYTES, "widget.js + widget.css + widget-snips.js gzipped: " + total
                + " bytes, budget " + WITH_SNIPS_DUE_BYTES);
    }

    @Test
    void theLazilyLoadedTranscriptViewSnipsHighlightsInsightsAndShareMenuStayWithinSixteenKilobytesGzippedTogether()
            throws IOException {
        int total = gzippedSize("widget-transcript.js") + gzippedSize("widget-snips.js")
                + gzippedSize("widget-highlights.js") + gzippedSize("widget-insights.js") + gzippedSize("widget-share.js");
        assertTrue(total <= LOADED_LATER_BYTES, "widget-transcript.js + widget-snips.js + widget-highlights.js "
                + "+ widget-insights.js + widget-share.js gzipped: " + total + " bytes, budget " + LOADED_LATER_BYTES);
    }

    private static int gzippedSize(String file) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(Files.readAllBytes(WEB.resolve(file)));
        }
        return compressed.size();
    }
}
