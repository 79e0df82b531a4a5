package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class RenderedFeedTest {

    private static final String MARK = "EARMARK-TOKEN-x1";

    @Test
    void theGzipIsTheWholeFeed() throws IOException {
        RenderedFeed feed = RenderedFeed.of(bytes("<a href=\"/m/1" + MARK + "\">é</a>"), MARK);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        feed.writeGzipped(gzipped);
        assertEquals(gzipped.size(), feed.gzippedLength());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.toByteArray()))) {
            assertArrayEquals(bytes("<a href=\"/m/1\">é</a>"), in.readAllBytes());
        }
        assertEquals(bytes("<a href=\"/m/1\">é</a>").length, feed.length());
    }

    @Test
    void aTokenGoesWhereEveryMarkWasAndIsEncoded() throws IOException {
        RenderedFeed feed = RenderedFeed.of(bytes(MARK + "a" + MARK + MARK + "b" + MARK), MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed.writeWithToken("t&k n", out);
        assertEquals("?token=t%26k+na?token=t%26k+n?token=t%26k+nb?token=t%26k+n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFeedWithoutMarksIsOnePiece() throws IOException {
        RenderedFeed feed = RenderedFeed.of(bytes("<rss/>"), MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed.writeWithToken("t", out);
        assertEquals("<rss/>", out.toString(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
