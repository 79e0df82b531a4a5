package dev.earmark.testing.server;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Real audio files of three seconds of tone (sox, then lame, ffmpeg and opusenc), small enough to keep in the repository. */
public final class SampleAudio {

    public static final String MP3 = "three-seconds.mp3";
    public static final String M4A = "three-seconds.m4a";
    public static final String OPUS = "three-seconds.opus";
    public static final String[] FILES = {MP3, M4A, OPUS};

    private SampleAudio() {
    }

    public static InputStream open(String name) {
        InputStream in = SampleAudio.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException(name);
        }
        return in;
    }

    /** An Ogg page with an Opus identification header, then noise: all the server looks at is the start. */
    public static byte[] opusLooking(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)
                .put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0x02)
                .putLong(0).putInt(1).putInt(0).putInt(0)
                .put((byte) 1).put((byte) 19)
                .put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 2)
                .putShort((short) 312).putInt(48_000).putShort((short) 0).put((byte) 0);
        return bytes;
    }
}
