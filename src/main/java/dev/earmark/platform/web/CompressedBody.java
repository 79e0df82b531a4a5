package dev.earmark.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A body gzipped on its way to the container's response. Compressed bytes wait here until they would fill the
 * container's buffer, or the application flushes: before that nothing has reached the container, so an error
 * page or a reset can still replace the answer cleanly, and a short answer gets its exact Content-Length.
 * The coding is declared ({@code announce}) just before the first compressed bytes leave.
 */
final class CompressedBody extends OutputStream {

    private static final int DEFLATE_BUFFER = 8 * 1024;

    private final HttpServletResponse container;
    private final Runnable announce;
    private boolean announced;
    private boolean ending;
    private boolean dropped;
    private Outbox outbox;
    private Gzip gzip;

    CompressedBody(HttpServletResponse container, Runnable announce) {
        this.container = container;
        this.announce = announce;
        start();
    }

    @Override
    public void write(int b) throws IOException {
        if (!dropped) {
            gzip.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (!dropped) {
            gzip.write(bytes, offset, length);
        }
    }

    /** Sends all the application wrote so far, decodable (a sync flush): streamed pages stay streamed. */
    @Override
    public void flush() throws IOException {
        if (!dropped && !ending) {
            gzip.flush();
        }
    }

    /** Ends the gzip stream and sends the rest. */
    @Override
    public void close() throws IOException {
        if (!dropped) {
            gzip.close();
        }
    }

    /**
     * Ends the body once the application is done, after the last characters of its writer, if it had one. A
     * closing writer flushes first; that flush is skipped, so a short answer still leaves whole, with its length.
     */
    void finish(Closeable writer) throws IOException {
        ending = true;
        if (writer != null) {
            writer.close();
        }
        close();
    }

    /** Starts over after the container's buffer was emptied (resetBuffer), which only works before anything left. */
    void restart() {
        gzip.drop();
        start();
    }

    /** Forgets the body (an error answer replaces it, or the request failed) and frees the compressor. */
    void drop() {
        if (!dropped) {
            dropped = true;
            gzip.drop();
        }
    }

    private void start() {
        outbox = new Outbox();
        try {
            gzip = new Gzip(outbox);
        } catch (IOException cannotHappen) { // the gzip header goes into memory
            throw new UncheckedIOException(cannotHappen);
        }
    }

    /** Java's gzip stream, with a way to free its deflater without writing the end of the stream. */
    private static final class Gzip extends GZIPOutputStream {

        Gzip(OutputStream out) throws IOException {
            super(out, DEFLATE_BUFFER, true);
        }

        void drop() {
            def.end();
        }
    }

    /** Where the compressor's output waits for the container. */
    private final class Outbox extends OutputStream {

        private final ByteArrayOutputStream held = new ByteArrayOutputStream();

        @Override
        public void write(int b) throws IOException {
            held.write(b);
            sendWhenFull();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            held.write(bytes, offset, length);
            sendWhenFull();
        }

        @Override
        public void flush() throws IOException {
            send();
            container.getOutputStream().flush();
        }

        /** The end of the gzip stream: an answer that never left gets its length. */
        @Override
        public void close() throws IOException {
            if (!announced && !container.isCommitted()) {
                container.setContentLength(held.size());
            }
            send();
        }

        private void sendWhenFull() throws IOException {
            if (held.size() >= container.getBufferSize()) {
                send();
            }
        }

        private void send() throws IOException {
            if (!announced) {
                announce.run();
                announced = true;
            }
            held.writeTo(container.getOutputStream());
            held.reset();
        }
    }
}
