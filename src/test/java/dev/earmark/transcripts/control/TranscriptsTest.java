package dev.earmark.transcripts.control;

import static dev.earmark.testing.CpuTimeBound.withinBound;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.transcripts.entity.TranscriptFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TranscriptsTest {

    @Test
    void readsWebVttWithHeaderNotesAndSettings() {
        String vtt = "WEBVTT - Episode 52\nKind: captions\n\nNOTE made by hand\n\n1\n00:00:00.000 --> 00:00:04.437\n"
                + "Meta Tech Podcast.\n\n00:05.000 --> 00:05.429 align:start\nIntro\n";

        assertEquals(new Transcript(List.of(new Cue(0, 4_437, null, "Meta Tech Podcast."),
                new Cue(5_000, 5_429, null, "Intro")), true, TranscriptFormat.WEBVTT), read(bytes(vtt)));
    }

    @Test
    void readsSrtWithByteOrderMarkCarriageReturnsAndMarkup() {
        String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:04,250\r\nHello and <i>welcome</i>.\r\nSecond line\r\n\r\n"
                + "2\r\n0:01:02,500 --> 0:01:05,000 X1:10 X2:20\r\nBye.\r\n";

        assertEquals(new Transcript(List.of(new Cue(1_000, 4_250, null, "Hello and welcome. Second line"),
                new Cue(62_500, 65_000, null, "Bye.")), true, TranscriptFormat.SUBRIP), read(bytes(srt)));
    }

    @Test
    void refusesWhatIsNoTranscript() {
        assertKey("transcripts.error.format", "Dear listener,\nthanks for the show!");
        assertKey("transcripts.error.notText", new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0x0f, (byte) 0xff});
        assertKey("transcripts.error.notText", new byte[] {'1', '\n', (byte) 0xC3, (byte) 0x28});
        assertKey("transcripts.error.empty", "WEBVTT\n");
    }

    @Test
    void namesTheLineOfABrokenCue() {
        TranscriptException vtt = assertKey("transcripts.error.cue",
                "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n\nthis is no cue\n");
        TranscriptException srt = assertKey("transcripts.error.cue",
                "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:03 --> 00:00:04\nNo milliseconds\n");

        assertArrayEquals(new Object[] {6}, vtt.arguments());
        assertArrayEquals(new Object[] {5}, srt.arguments());
    }

    @Test
    void refusesCuesOutOfOrder() {
        TranscriptException backwards = assertKey("transcripts.error.endBeforeStart",
                "WEBVTT\n\n00:02.000 --> 00:01.000\nHi\n");
        TranscriptException earlier = assertKey("transcripts.error.outOfOrder",
                "1\n00:00:05,000 --> 00:00:06,000\nLater\n\n2\n00:00:01,000 --> 00:00:02,000\nEarlier\n");

        assertArrayEquals(new Object[] {3}, backwards.arguments());
        assertArrayEquals(new Object[] {6}, earlier.arguments());
    }

    // Uploads are read whole: each of these 200 KB files takes time in proportion to its length (see CpuTimeBound).

    @Test
    void convertsThousandsOfCuesQuickly() {
        String srt = IntStream.range(0, 5_000)
                .mapToObj(cue -> (cue + 1) + "\n00:00:01,000 --> 00:00:02,000\nHello\n\n")
                .collect(Collectors.joining());

        Transcript transcript = withinBound(() -> read(bytes(srt)));

        assertEquals(5_000, transcript.cues().size());
    }

    @Test
    void keepsAFileOfBlankLinesBeforeItsCue() {
        String vtt = "WEBVTT" + "\n".repeat(200_000) + "00:00.000 --> 00:01.000\nHi\n";

        assertEquals(List.of(new Cue(0, 1_000, null, "Hi")), withinBound(() -> read(bytes(vtt))).cues());
    }

    @Test
    void refusesLongRunsInATimingLineQuickly() {
        String blanks = "WEBVTT\n\n00:00.000" + " \t".repeat(100_000) + "-- > 00:01.000\nHi\n";
        String digits = "WEBVTT\n\n" + "1".repeat(200_000) + ":00.000 --> 00:01.000\nHi\n";
        String arrows = "1\n00:00:01,000" + " -->".repeat(50_000) + " 00:00:02,000\nHi\n";

        assertArrayEquals(new Object[] {3}, withinBound(() -> assertKey("transcripts.error.cue", blanks)).arguments());
        assertArrayEquals(new Object[] {3}, withinBound(() -> assertKey("transcripts.error.cue", digits)).arguments());
        assertArrayEquals(new Object[] {1}, withinBound(() -> assertKey("transcripts.error.cue", arrows)).arguments());
    }

    private static TranscriptException assertKey(String key, String text) {
        return assertKey(key, bytes(text));
    }

    private static TranscriptException assertKey(String key, byte[] content) {
        TranscriptException refused = assertThrows(TranscriptException.class, () -> read(content));
        assertEquals(key, refused.messageKey());
        return refused;
    }

    /** Read as an upload named as SubRip, so that text in no format is refused rather than taken as plain text. */
    private static Transcript read(byte[] content) {
        return Transcripts.read(content, "upload.srt");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
