package dev.earmark.feeds.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A feed rendered once and kept: its bytes cut at every place a listener's token goes (each file URL's end, where
 * the writer put {@link #mark}), whole as anyone gets it, and gzipped for the podcast apps that take gzip (nearly
 * all). A personal copy costs only joining the pieces with {@code ?token=…}; it is compressed as it is sent.
 */
public final class RenderedFeed {

    private final List<byte[]> pieces;
    private final byte[] whole;
    private final byte[] gzipped;

    private RenderedFeed(List<byte[]> pieces) {
        this.pieces = pieces;
        this.whole = join(pieces, new byte[0]);
        this.gzipped = gzip(whole);
    }

    /**
     * @param xml  the feed as the writer made it
     * @param mark what the writer put where tokens go: ASCII that XML writes as it is and no text of a curator holds
     */
    public static RenderedFeed of(byte[] xml, String mark) {
        byte[] marker = mark.getBytes(StandardCharsets.US_ASCII);
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        for (int at = indexOf(xml, marker, 0); at >= 0; at = indexOf(xml, marker, from)) {
            pieces.add(Arrays.copyOfRange(xml, from, at));
            from = at + marker.length;
        }
        pieces.add(Arrays.copyOfRange(xml, from, xml.length));
        return new RenderedFeed(List.copyOf(pieces));
    }

    /** The feed without tokens. */
    public byte[] whole() {
        return whole.clone();
    }

    public int length() {
        return whole.length;
    }

    public int gzippedLength() {
        return gzipped.length;
    }

    public void writeWhole(OutputStream out) throws IOException {
        out.write(whole);
    }

    public void writeGzipped(OutputStream out) throws IOException {
        out.write(gzipped);
    }

    /** The feed with the token after every file URL; a token is URL-safe once encoded, and then XML-safe too. */
    public void writeWithToken(String token, OutputStream out) throws IOException {
        byte[] query = ("?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                out.write(query);
            }
            out.write(pieces.get(i));
        }
    }

    private static byte[] join(List<byte[]> pieces, byte[] separator) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                joined.writeBytes(separator);
            }
            joined.writeBytes(pieces.get(i));
        }
        return joined.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 6 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
