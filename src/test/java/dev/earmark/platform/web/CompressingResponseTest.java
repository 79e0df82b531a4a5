package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressingResponseTest {

    private static final String PAGE = "<!DOCTYPE html><html><body>" + "<p>Earmark</p>".repeat(20) + "</body></html>";

    private final FakeContainerResponse container = new FakeContainerResponse();

    @Test
    void textGoesGzippedWithItsExactLengthWhenTheClientTakesGzip() throws IOException {
        CompressingResponse response = new CompressingResponse(container, true);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(PAGE.length());
        response.getWriter().write(PAGE);
        response.finish();

        assertEquals("gzip", container.getHeader("Content-Encoding"));
        assertEquals("Accept-Encoding", container.getHeader("Vary"));
        assertEquals(String.valueOf(container.body().length), container.getHeader("Content-Length"));
        assertTrue(container.body().length < PAGE.length());
        assertEquals(PAGE, gunzipped(container.body()));
    }

    @Test
    void audioGoesAsItIs() throws IOException {
        byte[] audio = noise(4000);
        CompressingResponse response = new CompressingResponse(container, true);
        response.setContentType("audio/ogg");
        response.setContentLengthLong(audio.length);
        response.getOutputStream().write(audio);
        response.finish();

        assertNull(container.getHeader("Content-Encoding"));
        assertNull(container.getHeader("Vary"));
        assertEquals(String.valueOf(audio.length), container.getHeader("Content-Length"));
        assertArrayEquals(audio, container.body());
    }

    @Test
    void withoutGzipTheTextGoesAsItIsButVaries() throws IOException {
        CompressingResponse response = new CompressingResponse(container, false);
        response.setContentType("application/json");
        response.setHeader("Content-Length", "2");
        response.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
        response.finish();

        assertNull(container.getHeader("Content-Encoding"));
        assertEquals("Accept-Encoding", container.getHeader("Vary"));
        assertEquals("2", container.getHeader("Content-Length"));
        assertEquals("{}", new String(container.body(), StandardCharsets.UTF_8));
    }

    @Test
    void theTypeMayComeAfterTheStreamAsWithPayarasDefaultServlet() throws IOException {
        CompressingResponse response = new CompressingResponse(container, true);
        var stream = response.getOutputStream();
        response.setContentType("text/javascript");
        response.setContentLength(PAGE.length());
        stream.write(PAGE.getBytes(StandardCharsets.UTF_8));
        response.finish();

        assertEquals("gzip", container.getHeader("Content-Encoding"));
        assertEquals(PAGE, gunzipped(container.body()));
    }

    @Test
    void aByteRangeGoesAsItIs() throws IOException {
        CompressingResponse response = new CompressingResponse(container, true);
        response.setStatus(206);
        response.setHeader("Content-Range", "bytes 0-9/100");
        response.setContentType("text/vtt");
        response.setContentLength(10);
        response.getOutputStream().write("WEBVTT\n\n00".getBytes(StandardCharsets.UTF_8));
        response.finish();

        assertNull(container.getHeader("Content-Encoding"));
        assertEquals("10", container.getHeader("Content-Length"));
        assertEquals("WEBVTT\n\n00", new String(container.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aStrongTagTurnsWeakAndVaryKeepsWhatItNamed() throws IOException {
        container.setHeader("Vary", "Origin");
        CompressingResponse response = new CompressingResponse(container, true);
        response.setContentType("text/vtt");
        response.setHeader("ETag", "\"abc\"");
        response.getWriter().write(PAGE);
        response.finish();

        assertEquals("W/\"abc\"", container.getHeader("ETag"));
        assertEquals("Origin, Accept-Encoding", container.getHeader("Vary"));
    }

    @Test
    void aFlushSendsWhatWasWrittenSoFarDecodably() throws IOException {
        CompressingResponse response = pageForAClientTakingGzip();
        PrintWriter writer = response.getWriter();
        writer.write("<p>first</p>");
        writer.flush();

        assertTrue(container.isCommitted());
        assertNull(container.getHeader("Content-Length"));
        byte[] firstPart = new byte[12];
        try (GZIPInputStream partial = new GZIPInputStream(new ByteArrayInputStream(container.body()))) {
            assertEquals(12, partial.readNBytes(firstPart, 0, 12));
        }
        assertEquals("<p>first</p>", new String(firstPart, StandardCharsets.UTF_8));

        writer.write("<p>second</p>");
        response.finish();
        assertEquals("<p>first</p><p>second</p>", gunzipped(container.body()));
    }

    @Test
    void flushingBeforeTheBodyCommitsToTheCoding() throws IOException {
        CompressingResponse response = pageForAClientTakingGzip();
        response.flushBuffer();

        assertTrue(container.isCommitted());
        assertEquals("gzip", container.getHeader("Content-Encoding"));
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        response.finish();
        assertEquals(PAGE, gunzipped(container.body()));
    }

    @Test
    void anErrorPageReplacingTheBodyCarriesNoCoding() throws IOException {
        CompressingResponse response = pageForAClientTakingGzip();
        response.getWriter().write(PAGE);
        response.sendError(500);
        response.finish();

        assertEquals(500, container.getStatus());
        assertNull(container.getHeader("Content-Encoding"));
        assertEquals(0, container.body().length);
    }

    @Test
    void resetBufferForgetsTheBodySoFar() throws IOException {
        CompressingResponse response = pageForAClientTakingGzip();
        PrintWriter writer = response.getWriter();
        writer.write("half a page");
        response.resetBuffer();
        writer.write(PAGE);
        response.finish();

        assertEquals(PAGE, gunzipped(container.body()));
    }

    @Test
    void resetStartsTheAnswerOver() throws IOException {
        CompressingResponse response = pageForAClientTakingGzip();
        response.getWriter().write("half a page");
        response.reset();
        response.setContentType("image/png");
        byte[] image = noise(100);
        response.getOutputStream().write(image);
        response.finish();

        assertNull(container.getHeader("Content-Encoding"));
        assertArrayEquals(image, container.body());
    }

    @Test
    void aLongBodyLeavesInPiecesWithoutALength() throws IOException {
        StringBuilder text = new StringBuilder();
        Random random = new Random(7);
        while (text.length() < 200_000) {
            text.append(Integer.toString(random.nextInt(), 36)).append(' ');
        }
        CompressingResponse response = new CompressingResponse(container, true);
        response.setContentType("application/json");
        response.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
        response.finish();

        assertTrue(container.isCommitted());
        assertNull(container.getHeader("Content-Length"));
        assertEquals(text.toString(), gunzipped(container.body()));
    }

    @Test
    void theWritersCharsetStaysWhateverComesLater() throws IOException {
        CompressingResponse response = new CompressingResponse(container, true);
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter writer = response.getWriter();
        response.setContentType("text/plain;charset=ISO-8859-1");
        response.setCharacterEncoding("US-ASCII");
        writer.write("Zürich");
        response.finish();

        assertEquals("UTF-8", container.getCharacterEncoding());
        assertEquals("Zürich", gunzipped(container.body()));
    }

    @Test
    void anAnswerWithoutBodyKeepsItsLength() throws IOException {
        CompressingResponse response = new CompressingResponse(container, true);
        response.setStatus(416);
        response.setContentLength(0);
        response.finish();

        assertEquals("0", container.getHeader("Content-Length"));
        assertFalse(container.isCommitted());
    }

    private CompressingResponse pageForAClientTakingGzip() {
        CompressingResponse response = new CompressingResponse(container, true);
        response.setContentType("text/html");
        return response;
    }

    private static String gunzipped(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
