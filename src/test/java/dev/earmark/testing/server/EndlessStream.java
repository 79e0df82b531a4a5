package dev.earmark.testing.server;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** An upload that never ends: the same text again and again, counting the bytes it delivered. */
public final class EndlessStream extends InputStream {

    private final byte[] text;
    private long delivered;

    public EndlessStream(String text) {
        this.text = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
        return Byte.toUnsignedInt(text[(int) (delivered++ % text.length)]);
    }

    public long delivered() {
        return delivered;
    }
}
