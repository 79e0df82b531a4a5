package dev.earmark.transcripts.control;

import dev.earmark.transcripts.entity.TranscriptFormat;

import static dev.earmark.testing.CpuTimeBound.withinBound;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.platform.control.LocalizedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TranscriptReadingTest {

    @Test
    void readsWebVttWithItsBlocksIdentifiersAndSettings() {
        Transcript transcript = read("""
                WEBVTT - Episode 52
                Kind: captions

                STYLE
                ::cue { color: yellow }

                REGION
                id:fred width:40%

                NOTE made by hand
                over two lines

                intro
                00:01.000 --> 00:04.500 align:start position:10%
                <v Pascal>Welcome to <i>the</i> show.</v>

                01:00:00.000 --> 01:00:02.250
                <v.loud Sofia>Thanks &amp; hello!
                Second line.
                """, null);

        assertEquals(new Transcript(List.of(
                new Cue(1_000, 4_500, "Pascal", "Welcome to the show."),
                new Cue(3_600_000, 3_602_250, "Sofia", "Thanks & hello! Second line.")), true, TranscriptFormat.WEBVTT),
                transcript);
    }

    @Test
    void readsSubRipWithCommasOrDotsAndStripsItsMarkup() {
        Transcript transcript = read("\uFEFF1\r\n00:00:01,000 --> 00:00:04,250\r\nHello and <i>welcome</i>.\r\n"
                + "<font color=\"#ffffff\">Second</font> line\r\n\r\n2\r\n0:01:02.500 --> 0:01:05.000 X1:10 X2:20\r\n"
                + "- What?\r\n- PASCAL: Where are we?\r\n", "episode.srt");

        assertEquals(new Transcript(List.of(
                new Cue(1_000, 4_250, null, "Hello and welcome. Second line"),
                new Cue(62_500, 65_000, null, "- What? - PASCAL: Where are we?")), true, TranscriptFormat.SUBRIP),
                transcript);
    }

    @Test
    void readsSubRipWithoutCueNumbers() {
        assertEquals(List.of(new Cue(1_000, 2_000, null, "Hi")),
                read("00:00:01,000 --> 00:00:02,000\nHi\n", null).cues());
    }

    @Test
    void readsPlainTextParagraphsAsCuesWithoutTimes() {
        Transcript transcript = read("Pascal: Welcome to the show.\nIt is <b>great</b>.\n\n\n2024 was a good year.\n",
                null);

        assertEquals(new Transcript(List.of(
                new Cue(0, 0, null, "Pascal: Welcome to the show. It is <b>great</b>."),
                new Cue(0, 0, null, "2024 was a good year.")), false, TranscriptFormat.PLAIN_TEXT), transcript);
    }

    @Test
    void takesTheNameAsAHint() {
        String looksLikeSrt = "1\n00:00:01,000 --> 00:00:02,000\nHi\n";

        assertEquals(TranscriptFormat.PLAIN_TEXT, read(looksLikeSrt, "notes.txt").format());
        assertEquals(TranscriptFormat.PLAIN_TEXT, read("{\"a\": 1}", "text/plain; charset=utf-8").format());
        assertEquals(TranscriptFormat.SUBRIP, read(looksLikeSrt, "episode.VTT").format());
        assertKey("transcripts.error.format", "Dear listener,\nthanks!", "episode.vtt");
        assertKey("transcripts.error.format", "Dear listener,\nthanks!", "application/x-subrip");
        assertKey("transcripts.error.json", "Dear listener", "transcript.json");
    }

    @Test
    void mergesWordsOfThePodcastJsonIntoSentences() {
        String json = """
                {"version": "1.0.0", "segments": [
                  {"speaker": "Pascal", "startTime": 0.5, "endTime": 0.9, "body": "Welcome"},
                  {"speaker": "Pascal", "startTime": 0.9, "endTime": 1.2, "body": "back"},
                  {"speaker": "Pascal", "startTime": 1.2, "endTime": 1.5, "body": "."},
                  {"speaker": "Pascal", "startTime": 1.6, "endTime": 2.0, "body": "Today"},
                  {"speaker": "Pascal", "startTime": 2.0, "endTime": 2.4, "body": "Sofia"},
                  {"speaker": "Pascal", "startTime": 2.4, "endTime": 2.6, "body": ","},
                  {"speaker": "Sofia", "startTime": 2.7, "endTime": 3.0, "body": "Hello"},
                  {"speaker": "Sofia", "startTime": 4.0, "endTime": 4.5, "body": "again"},
                  {"startTime": 5.0, "endTime": 6.0, "body": "  Music\\u0000  plays.\\ud800  "},
                  {"speaker": null, "startTime": 6.0, "endTime": 6.5, "body": ""}
                ]}""";

        assertEquals(new Transcript(List.of(
                new Cue(500, 1_500, "Pascal", "Welcome back."),
                new Cue(1_600, 2_600, "Pascal", "Today Sofia,"),
                new Cue(2_700, 3_000, "Sofia", "Hello"),
                new Cue(4_000, 4_500, "Sofia", "again"),
                new Cue(5_000, 6_000, null, "Music plays.")), true, TranscriptFormat.PODCAST_JSON),
                read(json, null));
    }

    @Test
    void endsAMergedCueAfterFifteenWordsOrAPauseAndKeepsSentencesWhole() {
        String words = IntStream.range(0, 20)
                .mapToObj(word -> "{\"speaker\": \"A\", \"startTime\": " + word + ", \"endTime\": " + (word + 0.5)
                        + ", \"body\": \"w" + word + "\"}")
                .collect(Collectors.joining(",", "{\"segments\": [", ","));
        String sentence = "{\"speaker\": \"A\", \"startTime\": 21, \"endTime\": 29,"
                + " \"body\": \"One long sentence of more than fifteen words stays one cue,"
                + " as the file gave it, and so on.\"}]}";

        List<Cue> cues = read(words + sentence, "application/json").cues();

        assertEquals(3, cues.size());
        assertEquals(new Cue(0, 14_500, "A", IntStream.range(0, 15).mapToObj(word -> "w" + word)
                .collect(Collectors.joining(" "))), cues.get(0));
        assertEquals(new Cue(15_000, 19_500, "A", "w15 w16 w17 w18 w19"), cues.get(1));
        assertEquals(21_000, cues.get(2).startMillis());
    }

    @Test
    void refusesWhatBreaksTheFormatNamingTheLine() {
        assertLine("transcripts.error.cue", 6, "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n\nthis is no cue\n");
        assertLine("transcripts.error.cue", 5, "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:03 --> 00:00:04\nX\n");
        assertLine("transcripts.error.cue", 3, "WEBVTT\n\n00:60.000 --> 01:01.000\nMinutes have 60 seconds\n");
        assertLine("transcripts.error.endBeforeStart", 4, "WEBVTT\n\nid\n00:02.000 --> 00:01.000\nBackwards\n");
        assertLine("transcripts.error.endBeforeStart", 2, "1\n00:00:02,000 --> 00:00:01,000\nBackwards\n");
        assertLine("transcripts.error.outOfOrder", 7,
                "WEBVTT\n\n00:05.000 --> 00:06.000\nLater\n\n2\n00:01.000 --> 00:02.000\nEarlier\n");
        assertLine("transcripts.error.outOfOrder", 6,
                "1\n00:00:05,000 --> 00:00:06,000\nLater\n\n2\n00:00:01,000 --> 00:00:02,000\nEarlier\n");
    }

    @Test
    void refusesWhatHasNoCue() {
        assertKey("transcripts.error.empty", "WEBVTT\n\nNOTE nothing else\n", null);
        assertKey("transcripts.error.empty", "WEBVTT\n\n00:01.000 --> 00:02.000\n<i></i>\n", null);
        assertKey("transcripts.error.empty", " \n\n\t\n", null);
        assertKey("transcripts.error.empty", "{\"segments\": []}", null);
        assertKey("transcripts.error.empty", "{\"segments\": [{\"startTime\": 1, \"endTime\": 2, \"body\": \" \"}]}",
                null);
    }

    @Test
    void refusesWhatIsNoText() {
        assertKey("transcripts.error.notText", new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0x0f, (byte) 0xff}, null);
        assertKey("transcripts.error.notText", new byte[] {'1', '\n', (byte) 0xC3, (byte) 0x28}, "a.srt");
    }

    @Test
    void refusesBrokenJsonNamingWhere() {
        assertEquals(2L, assertKey("transcripts.error.json", "{\"segments\":\n  [{\"body\": }]}", null).arguments()[0]);
        assertKey("transcripts.error.json", "[1, 2]", "a.json");
        assertKey("transcripts.error.json", "{\"segments\": []} trailing", null);
        assertKey("transcripts.error.json.segments", "{\"version\": \"1.0.0\"}", null);
        assertKey("transcripts.error.json.segments", "{\"segments\": {}}", null);
    }

    @Test
    void refusesBrokenSegmentsNamingThemFromOne() {
        String good = "{\"startTime\": 1, \"endTime\": 2, \"body\": \"Hi\"}, ";
        assertSegment("transcripts.error.segment", 2, good + "\"no object\"");
        assertSegment("transcripts.error.segment", 2, good + "{\"startTime\": 1, \"endTime\": 2}");
        assertSegment("transcripts.error.segment", 2, good + "{\"startTime\": \"1\", \"endTime\": 2, \"body\": \"x\"}");
        assertSegment("transcripts.error.segment", 2, good + "{\"startTime\": -1, \"endTime\": 2, \"body\": \"x\"}");
        assertSegment("transcripts.error.segment", 2, good + "{\"startTime\": 1e308, \"endTime\": 2, \"body\": \"x\"}");
        assertSegment("transcripts.error.segment", 2,
                good + "{\"startTime\": 1." + "0".repeat(40) + ", \"endTime\": 2, \"body\": \"x\"}");
        assertSegment("transcripts.error.segment", 2,
                good + "{\"startTime\": 1, \"endTime\": 2, \"body\": \"x\", \"speaker\": 7}");
        assertSegment("transcripts.error.segment.endBeforeStart", 2,
                good + "{\"startTime\": 3, \"endTime\": 2.5, \"body\": \"x\"}");
        assertSegment("transcripts.error.segment.outOfOrder", 2,
                good + "{\"startTime\": 0.5, \"endTime\": 2.5, \"body\": \"x\"}");
    }

    @Test
    void boundsSizeAndCueCount() {
        byte[] tooLarge = new byte[TranscriptText.MAX_BYTES + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        String tooManyParagraphs = "a\n\n".repeat(TranscriptText.MAX_CUES + 1);
        String tooManySegments = Stream.generate(() -> "{}").limit(TranscriptText.MAX_CUES + 1)
                .collect(Collectors.joining(",", "{\"segments\": [", "]}"));

        assertEquals(LocalizedException.Kind.TOO_LARGE,
                assertKey("transcripts.error.tooLarge", tooLarge, null).kind());
        assertEquals(LocalizedException.Kind.TOO_LARGE,
                assertKey("transcripts.error.tooManyCues", tooManyParagraphs, null).kind());
        assertKey("transcripts.error.tooManyCues", tooManySegments, null);
        assertEquals(LocalizedException.Kind.UNSUPPORTED_CONTENT,
                assertKey("transcripts.error.empty", "WEBVTT", null).kind());
    }

    // Uploads are read whole: each of these files of about 200 KB takes time in proportion to its length.

    @Test
    void readsThousandsOfCuesQuickly() {
        String vtt = "WEBVTT\n\n" + "00:00:01.000 --> 00:00:10.000\n<v Pascal>Hello <i>there</i> &amp; bye\n\n"
                .repeat(3_000);
        String json = IntStream.range(0, 3_000)
                .mapToObj(word -> "{\"speaker\": \"A\", \"startTime\": " + word + ", \"endTime\": " + word + ".5,"
                        + " \"body\": \"word\"}")
                .collect(Collectors.joining(",", "{\"segments\": [", "]}"));

        assertEquals(3_000, withinBound(() -> read(vtt, null)).cues().size());
        assertEquals(200, withinBound(() -> read(json, null)).cues().size());
    }

    @Test
    void refusesHostileFilesQuickly() {
        String oneLine = "WEBVTT\n\n00:00.000 --> 00:01.000\n" + "<".repeat(100_000) + "<b".repeat(50_000) + "\n";
        String digits = "1".repeat(200_000) + "\n" + "2".repeat(200_000) + ":00:01,000 --> 00:00:02,000\nHi\n";
        String deepJson = "{\"segments\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String longNumber = "{\"segments\": [{\"startTime\": 1" + "0".repeat(200_000)
                + ", \"endTime\": 2, \"body\": \"x\"}]}";
        String longExponent = "{\"segments\": [{\"startTime\": 1e" + "9".repeat(200_000) + ", \"endTime\": 2}]}";

        assertEquals("<".repeat(100_000), withinBound(() -> read(oneLine, null)).cues().get(0).text());
        assertEquals(1, withinBound(() -> assertKey("transcripts.error.cue", digits, null)).arguments()[0]);
        withinBound(() -> assertKey("transcripts.error.json", deepJson, null));
        // Parsson refuses numbers this long itself; shorter ones reach the segment's own check (see above).
        withinBound(() -> assertKey("transcripts.error.json", longNumber, null));
        withinBound(() -> assertKey("transcripts.error.json", longExponent, null));
    }

    static Stream<String> demoTranscripts() {
        return Stream.of("52-the-success-story-behind-pytorch", "53-offensive-security-at-metas-red-team-x",
                "54-building-key-transparency-at-whatsapp", "55-what-its-like-to-ship-code-at-meta",
                "56-how-threads-was-built-in-5-months", "57-writing-and-linting-python-at-scale",
                "58-advancing-genai-at-meta", "59-meta-python-3-12",
                "60-simplified-executable-deployment-with-dotslash", "archive-from-facebook-home-to-instagram-stories");
    }

    @ParameterizedTest
    @MethodSource("demoTranscripts")
    void readsTheDemoTranscriptsWithTheirTwoSpeakers(String episode) {
        Transcript transcript = Transcripts.read(demoFile(episode + ".vtt"), episode + ".vtt");

        // After the conversation, the demo marks every fifth minute without a voice.
        Set<String> speakers = transcript.cues().stream().map(Cue::speaker).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertEquals(TranscriptFormat.WEBVTT, transcript.format());
        assertTrue(transcript.timed());
        assertTrue(transcript.cues().size() > 10, () -> transcript.cues().size() + " cues");
        assertEquals(2, speakers.size(), speakers::toString);
        assertEquals("Pascal", transcript.cues().get(0).speaker());
        assertFalse(transcript.cues().stream().anyMatch(cue -> cue.text().contains("<")));
    }

    private static byte[] demoFile(String name) {
        try (InputStream in = TranscriptReadingTest.class.getResourceAsStream("/dev/earmark/demo/audio/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Transcript read(String text, String hint) {
        return Transcripts.read(bytes(text), hint);
    }

    private static void assertLine(String key, int line, String text) {
        assertArrayEquals(new Object[] {line}, assertKey(key, text, null).arguments(), text);
    }

    private static void assertSegment(String key, int segment, String segments) {
        assertArrayEquals(new Object[] {segment},
                assertKey(key, "{\"segments\": [" + segments + "]}", null).arguments(), segments);
    }

    private static TranscriptException assertKey(String key, String text, String hint) {
        return assertKey(key, bytes(text), hint);
    }

    private static TranscriptException assertKey(String key, byte[] content, String hint) {
        TranscriptException refused = assertThrows(TranscriptException.class, () -> Transcripts.read(content, hint));
        assertEquals(key, refused.messageKey());
        return refused;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
