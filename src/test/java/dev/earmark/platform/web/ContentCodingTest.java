package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCodingTest {

    @Test
    void gzipIsTakenWhenNamedOrCoveredByTheWildcard() {
        assertTrue(accepts("gzip"));
        assertTrue(accepts("gzip, deflate, br, zstd"));
        assertTrue(accepts("br;q=1.0, GZIP;q=0.5"));
        assertTrue(accepts("x-gzip"));
        assertTrue(accepts("*"));
        assertTrue(accepts("deflate", "gzip"), "two headers count as one list");
    }

    @Test
    void gzipIsRefusedWhenAbsentWeighedZeroOrUnreadable() {
        assertFalse(accepts());
        assertFalse(accepts(""));
        assertFalse(accepts("identity"));
        assertFalse(accepts("br, deflate"));
        assertFalse(accepts("gzip;q=0"));
        assertFalse(accepts("gzip;q=0.000"));
        assertFalse(accepts("gzip;q=0, *"), "named beats the wildcard");
        assertFalse(accepts("*;q=0"));
        assertFalse(accepts("gzip;q=often"));
        assertFalse(accepts("identity;q=1, *;q=0"), "what browsers send for <audio>");
    }

    @Test
    void textOfAnyKindIsCompressible() {
        for (String type : List.of("text/html;charset=UTF-8", "text/css", "text/javascript", "text/vtt", "text/xml",
                "application/json", "Application/JSON; charset=utf-8", "application/javascript", "application/xml",
                "application/problem+json", "application/xhtml+xml")) {
            assertTrue(ContentCoding.isCompressible(type), type);
        }
    }

    @Test
    void mediaAndUnknownAreNot() {
        for (String type : List.of("audio/mpeg", "audio/ogg", "audio/mp4", "image/jpeg", "image/png",
                "image/svg+xml", "video/mp4", "application/octet-stream", "application/zip", "")) {
            assertFalse(ContentCoding.isCompressible(type), type);
        }
        assertFalse(ContentCoding.isCompressible(null));
    }

    @Test
    void aStrongTagTurnsWeakAWeakOneStays() {
        assertEquals("W/\"abc\"", ContentCoding.weakened("\"abc\""));
        assertEquals("W/\"abc\"", ContentCoding.weakened("W/\"abc\""));
    }

    private static boolean accepts(String... headers) {
        return ContentCoding.acceptsGzip(Collections.enumeration(List.of(headers)));
    }
}
