package dev.earmark.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's response as far as a wrapper sees it: headers, status, and a body buffer of {@value #BUFFER_SIZE}
 * bytes that commits when it overflows or is flushed. Anything else a test did not expect fails.
 */
final class FakeContainerResponse extends HttpServletResponseWrapper {

    static final int BUFFER_SIZE = 1024;

    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final ByteArrayOutputStream buffered = new ByteArrayOutputStream();
    private int status = SC_OK;
    private String contentType;
    private String characterEncoding = "ISO-8859-1";
    private boolean committed;

    FakeContainerResponse() {
        super((HttpServletResponse) Proxy.newProxyInstance(FakeContainerResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> {
                    throw new UnsupportedOperationException(method.getName());
                }));
    }

    /** What the client receives. */
    byte[] body() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(sent.toByteArray());
        all.writeBytes(buffered.toByteArray());
        return all.toByteArray();
    }

    @Override
    public void setHeader(String name, String value) {
        if (!committed) {
            headers.put(name, new ArrayList<>(List.of(value)));
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!committed) {
            headers.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, String.valueOf(value));
    }

    @Override
    public String getHeader(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        return List.copyOf(headers.getOrDefault(name, List.of()));
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        setHeader("Content-Length", String.valueOf(length));
    }

    @Override
    public void setStatus(int status) {
        if (!committed) {
            this.status = status;
        }
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setContentType(String type) {
        if (!committed) {
            String[] parts = type.split(";\\s*charset=");
            contentType = parts[0];
            if (parts.length > 1) {
                characterEncoding = parts[1];
            }
        }
    }

    @Override
    public String getContentType() {
        return contentType == null ? null : contentType + ";charset=" + characterEncoding;
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (!committed) {
            characterEncoding = charset;
        }
    }

    @Override
    public String getCharacterEncoding() {
        return characterEncoding;
    }

    @Override
    public int getBufferSize() {
        return BUFFER_SIZE;
    }

    @Override
    public boolean isCommitted() {
        return committed;
    }

    @Override
    public void flushBuffer() {
        committed = true;
        sent.writeBytes(buffered.toByteArray());
        buffered.reset();
    }

    @Override
    public void resetBuffer() {
        if (committed) {
            throw new IllegalStateException("committed");
        }
        buffered.reset();
    }

    @Override
    public void reset() {
        resetBuffer();
        headers.clear();
        status = SC_OK;
        contentType = null;
    }

    @Override
    public void sendError(int status) {
        resetBuffer();
        this.status = status;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                buffered.write(b);
                if (buffered.size() > BUFFER_SIZE) {
                    flushBuffer();
                }
            }

            @Override
            public void flush() {
                flushBuffer();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
