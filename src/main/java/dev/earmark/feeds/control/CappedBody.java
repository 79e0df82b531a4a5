package dev.earmark.feeds.control;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads a body as sent, decoded (gzip, deflate) while it is read, and stops at the cap on the decoded bytes: a gzip
 * bomb costs at most the cap in memory. Also stops at the fetch's deadline, checked between reads.
 */
final class CappedBody {

    private static final int CHUNK = 8192;

    private CappedBody() {
    }

    /**
     * @param contentEncoding the Content-Encoding header, or null
     * @param host for the reasons given
     */
    static byte[] read(InputStream sent, String contentEncoding, long maxBytes, Instant deadline, Supplier<Instant> now,
            String host) throws IOException {
        try (InputStream decoded = decoding(unclosable(sent), contentEncoding, host)) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            int read;
            while ((read = decoded.read(chunk, 0, (int) Math.min(CHUNK, maxBytes - total + 1))) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new FetchRefusedException("feeds.fetch.tooLarge", host, maxBytes);
                }
                if (now.get().isAfter(deadline)) {
                    throw new FetchRefusedException("feeds.fetch.timeout", host);
                }
                body.write(chunk, 0, read);
            }
            return body.toByteArray();
        } catch (ZipException corrupt) {
            throw new FetchRefusedException("feeds.fetch.badEncoding", host, contentEncoding);
        }
    }

    /**
     * HttpClient's body stream, closed, reads the rest of the body to reuse the connection: after a refusal the caller
     * cancels the request instead, and an endless body would otherwise never end.
     */
    private static InputStream unclosable(InputStream sent) {
        return new FilterInputStream(sent) {
            @Override
            public void close() {
                // The caller's to close.
            }
        };
    }

    private static InputStream decoding(InputStream sent, String contentEncoding, String host) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> sent;
            case "gzip", "x-gzip" -> new GZIPInputStream(sent, CHUNK);
            case "deflate" -> inflating(sent);
            default -> throw new FetchRefusedException("feeds.fetch.badEncoding", host, contentEncoding);
        };
    }

    /** HTTP's "deflate" is zlib's format, but some servers send the raw stream: the first two bytes tell which. */
    private static InputStream inflating(InputStream sent) throws IOException {
        PushbackInputStream in = new PushbackInputStream(sent, 2);
        int first = in.read();
        int second = in.read();
        if (second >= 0) {
            in.unread(second);
        }
        if (first >= 0) {
            in.unread(first);
        }
        boolean zlib = first >= 0 && second >= 0 && (first & 0x0f) == 8 && (first * 256 + second) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        return new InflaterInputStream(in, inflater, CHUNK) {
            @Override
            public void close() throws IOException {
                // An Inflater given to the stream is not ended by it: its native memory would wait for the collector.
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }
}
