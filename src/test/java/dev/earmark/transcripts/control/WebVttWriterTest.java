package dev.earmark.transcripts.control;

import dev.earmark.transcripts.entity.TranscriptFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebVttWriterTest {

    private static final Transcript TRANSCRIPT = new Transcript(List.of(
            new Cue(0, 2_356, "Pascal", "Welcome to <the> show & more -->"),
            new Cue(2_655, 8_081, "Tom <&> Jerry", "Q&A time."),
            new Cue(61_001, 61_001, null, "Music"),
            new Cue(360_000_000, 360_000_009, null, "A hundred hours in.")), true, TranscriptFormat.PODCAST_JSON);

    @Test
    void writesCuesWithVoicesAndEscapedText() {
        assertEquals("""
                WEBVTT

                00:00:00.000 --> 00:00:02.356
                <v Pascal>Welcome to &lt;the&gt; show &amp; more --&gt;

                00:00:02.655 --> 00:00:08.081
                <v Tom &lt;&amp;&gt; Jerry>Q&amp;A time.

                00:01:01.001 --> 00:01:01.001
                Music

                100:00:00.000 --> 100:00:00.009
                A hundred hours in.
                """, WebVttWriter.write(TRANSCRIPT));
    }

    @Test
    void readsBackWhatItWrote() {
        byte[] written = WebVttWriter.write(TRANSCRIPT).getBytes(StandardCharsets.UTF_8);

        Transcript read = Transcripts.read(written, "transcript.vtt");

        assertEquals(new Transcript(TRANSCRIPT.cues(), true, TranscriptFormat.WEBVTT), read);
    }

    @Test
    void readsBackAnotherFormatAsItWasRead() {
        Transcript srt = Transcripts.read(("1\n00:00:01,000 --> 00:00:02,500\n<i>Hello</i> &amp; <b>bye</b>\n\n"
                + "2\n00:00:03,000 --> 00:00:04,000\n<v Sofia>Thanks</v>\n").getBytes(StandardCharsets.UTF_8), null);

        Transcript again = Transcripts.read(WebVttWriter.write(srt).getBytes(StandardCharsets.UTF_8), null);

        assertEquals(srt.cues(), again.cues());
    }

    @Test
    void refusesATranscriptWithoutTimes() {
        Transcript plain = new Transcript(List.of(new Cue(0, 0, null, "Words")), false, TranscriptFormat.PLAIN_TEXT);

        assertThrows(IllegalArgumentException.class, () -> WebVttWriter.write(plain));
    }
}
