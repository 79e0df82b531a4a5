package dev.earmark.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.server.SampleAudio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Durations read from real files: the sample audio and a demo episode. */
class AudioDurationsTest {

    @TempDir
    Path directory;

    @Test
    void readsMp3() throws IOException {
        assertAbout(Duration.ofSeconds(3), AudioDurations.of(copy(SampleAudio.open(SampleAudio.MP3)), MediaTypes.MPEG)
                .orElseThrow());
    }

    @Test
    void readsAacInMp4() throws IOException {
        assertAbout(Duration.ofSeconds(3), AudioDurations.of(copy(SampleAudio.open(SampleAudio.M4A)), MediaTypes.MP4_AUDIO)
                .orElseThrow());
    }

    @Test
    void readsOpusFromTheLastGranuleLessThePreSkip() throws IOException {
        assertEquals(Duration.ofSeconds(3),
                AudioDurations.of(copy(SampleAudio.open(SampleAudio.OPUS)), MediaTypes.OPUS).orElseThrow());
    }

    @Test
    void readsALongOpusEpisode() throws IOException {
        Path demo = copy(getClass().getResourceAsStream("/dev/earmark/demo/audio/52-the-success-story-behind-pytorch.opus"));

        assertEquals(Duration.ofMinutes(33).plusSeconds(23), AudioDurations.of(demo, MediaTypes.OPUS).orElseThrow());
    }

    @Test
    void cannotTellTheDurationOfDamagedOrOtherFiles() throws IOException {
        Path opus = copy(SampleAudio.open(SampleAudio.OPUS));
        Path headOnly = Files.write(directory.resolve("head-only"), Arrays.copyOf(Files.readAllBytes(opus), 40));
        Path text = Files.writeString(directory.resolve("text"), "WEBVTT\n", StandardCharsets.UTF_8);

        assertTrue(AudioDurations.of(headOnly, MediaTypes.OPUS).isEmpty());
        assertTrue(AudioDurations.of(text, MediaTypes.MPEG).isEmpty());
        assertTrue(AudioDurations.of(text, MediaTypes.WEBVTT).isEmpty());
    }

    private static void assertAbout(Duration expected, Duration actual) {
        assertTrue(actual.minus(expected).abs().toMillis() <= 100, "about " + expected + ": " + actual);
    }

    /** Stored files have no extension, so neither do the copies. */
    private Path copy(InputStream resource) throws IOException {
        try (InputStream in = resource) {
            Path target = Files.createTempFile(directory, "stored", null);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }
}
