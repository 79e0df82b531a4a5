package dev.earmark.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;

/**
 * A response that gzips its body when the answer is text and the client takes gzip. What the answer is shows only
 * when its body begins (Payara's default servlet takes the output stream before it sets the content type, WildFly's
 * before it sets a byte range's status), so the choice is made at the first byte, or when the writer is asked for
 * (its charset needs the content type anyway). Until then a declared Content-Length is held back: it counts the
 * bytes before compression.
 */
final class CompressingResponse extends HttpServletResponseWrapper {

    private static final String CONTENT_LENGTH = "Content-Length";
    private static final String VARY = "Vary";
    private static final String ACCEPT_ENCODING = "Accept-Encoding";

    private enum Coding { UNDECIDED, IDENTITY, GZIP }

    private final boolean gzipAccepted;
    private Coding coding = Coding.UNDECIDED;
    /** The application's Content-Length, to be set if the body goes out as it is. */
    private Runnable heldLength;
    private Body body;
    private CompressedBody compressed;
    private GzipWriter writer;

    CompressingResponse(HttpServletResponse response, boolean gzipAccepted) {
        super(response);
        this.gzipAccepted = gzipAccepted;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called for this response");
        }
        if (coding == Coding.IDENTITY) {
            return super.getOutputStream();
        }
        if (body == null) {
            body = new Body();
        }
        return body;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer != null) {
            return writer;
        }
        if (body != null) {
            throw new IllegalStateException("getOutputStream() has already been called for this response");
        }
        if (!compressing()) {
            return super.getWriter();
        }
        writer = new GzipWriter(compressed, Charset.forName(getCharacterEncoding()));
        return writer;
    }

    /** Ends a compressed body once the application is done; anything later (an error page) passes as it is. */
    void finish() throws IOException {
        if (coding == Coding.GZIP) {
            compressed.finish(writer);
        } else {
            releaseHeldLength();
        }
        coding = Coding.IDENTITY;
    }

    /** After a failure: whatever was compressed is forgotten, the container answers with its error page. */
    void abandon() {
        passThrough();
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        holdLength(() -> super.setContentLengthLong(length));
    }

    @Override
    public void setHeader(String name, String value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
            holdLength(() -> super.setHeader(name, value));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
            holdLength(() -> super.addHeader(name, value));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
            holdLength(() -> super.setIntHeader(name, value));
        } else {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
            holdLength(() -> super.addIntHeader(name, value));
        } else {
            super.addIntHeader(name, value);
        }
    }

    /** As the container's writer: once it exists, its charset stays (Servlet 6.0, ServletResponse#setContentType). */
    @Override
    public void setCharacterEncoding(String charset) {
        if (writer == null) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public void setContentType(String type) {
        super.setContentType(type);
        keepWritersCharset();
    }

    @Override
    public void setLocale(Locale locale) {
        super.setLocale(locale);
        keepWritersCharset();
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        } else if (compressing()) {
            compressed.flush();
        }
        super.flushBuffer();
    }

    @Override
    public void reset() {
        super.reset();
        passThrough();
        coding = Coding.UNDECIDED;
        body = null;
        writer = null;
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (coding == Coding.GZIP) {
            compressed.restart();
            if (writer != null) {
                writer.forgetPending();
            }
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        super.sendError(status, message);
        passThrough();
    }

    @Override
    public void sendError(int status) throws IOException {
        super.sendError(status);
        passThrough();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        super.sendRedirect(location);
        passThrough();
    }

    private void holdLength(Runnable setLength) {
        switch (coding) {
            case UNDECIDED -> heldLength = setLength;
            case IDENTITY -> setLength.run();
            case GZIP -> { } // the compressed length is known only at the end
        }
    }

    private void releaseHeldLength() {
        if (heldLength != null) {
            heldLength.run();
            heldLength = null;
        }
    }

    private void keepWritersCharset() {
        if (writer != null) {
            super.setCharacterEncoding(writer.charset.name());
        }
    }

    /** Decides on the first use of the body; true when it is to be compressed. */
    private boolean compressing() {
        if (coding == Coding.UNDECIDED) {
            boolean compressible = isCompressibleAnswer();
            if (compressible) {
                varyByAcceptEncoding();
            }
            if (compressible && gzipAccepted) {
                compressed = new CompressedBody((HttpServletResponse) getResponse(), this::declareGzip);
                coding = Coding.GZIP;
            } else {
                coding = Coding.IDENTITY;
                releaseHeldLength();
            }
        }
        return coding == Coding.GZIP;
    }

    /** Text, whole (a byte range counts bytes of the identity body) and not already coded. */
    private boolean isCompressibleAnswer() {
        return ContentCoding.isCompressible(getContentType())
                && getStatus() != SC_PARTIAL_CONTENT
                && getHeader("Content-Range") == null
                && getHeader("Content-Encoding") == null;
    }

    /** Whether the client accepts gzip decides these answers, also when it did not: caches must keep them apart. */
    private void varyByAcceptEncoding() {
        String vary = String.join(", ", getHeaders(VARY));
        boolean named = Arrays.stream(vary.split(",")).map(String::strip)
                .anyMatch(field -> field.equals("*") || field.equalsIgnoreCase(ACCEPT_ENCODING));
        if (!named) {
            super.setHeader(VARY, vary.isBlank() ? ACCEPT_ENCODING : vary + ", " + ACCEPT_ENCODING);
        }
    }

    private void declareGzip() {
        super.setHeader("Content-Encoding", ContentCoding.GZIP);
        String entityTag = getHeader("ETag");
        if (entityTag != null) {
            super.setHeader("ETag", ContentCoding.weakened(entityTag));
        }
    }

    private void passThrough() {
        if (compressed != null) {
            compressed.drop();
        }
        heldLength = null;
        coding = Coding.IDENTITY;
    }

    /** The output stream the application gets: it decides at the first byte where its bytes go. */
    private final class Body extends ServletOutputStream {

        private OutputStream target;

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }

        @Override
        public void close() throws IOException {
            target().close();
        }

        @Override
        public boolean isReady() {
            return containerStream().isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            containerStream().setWriteListener(listener);
        }

        private OutputStream target() throws IOException {
            if (target == null) {
                target = compressing() ? compressed : CompressingResponse.super.getOutputStream();
            }
            return target;
        }

        private ServletOutputStream containerStream() {
            try {
                return CompressingResponse.super.getOutputStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The writer of a compressed body; characters not yet encoded can be forgotten, as resetBuffer() asks. */
    private static final class GzipWriter extends PrintWriter {

        private final OutputStream body;
        private final Charset charset;

        GzipWriter(OutputStream body, Charset charset) {
            super(new OutputStreamWriter(body, charset));
            this.body = body;
            this.charset = charset;
        }

        void forgetPending() {
            synchronized (lock) {
                out = new OutputStreamWriter(body, charset);
            }
        }
    }
}
