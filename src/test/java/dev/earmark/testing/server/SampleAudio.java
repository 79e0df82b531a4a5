package dev.earmark.testing.server;

import java.io.InputStream;

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
}
