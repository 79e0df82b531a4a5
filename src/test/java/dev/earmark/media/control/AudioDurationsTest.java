package dev.earmark.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.earmark.testing.server.CraftedAudio;
import dev.earmark.testing.server.SampleAudio;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durations read from real files (the sample audio and a demo episode) and from crafted ones, among them files made
 * to trouble a reader: each is read in bounded memory and, but for MP3 (see MediaLibraryIT), in bounded time.
 */
class AudioDurationsTest {

    /** What a reading may allocate, loading the library's classes included; hostile files ask for 200 MB to 2 GB. */
    private static final long MEMORY_BOUND = 32L * 1024 * 1024;

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
        assertTrue(AudioDurations.of(text, "text/vtt").isEmpty());
    }

    @Test
    void readsVorbisFromTheLastGranuleAtTheStreamsSampleRate() throws IOException {
        Path vorbis = write(CraftedAudio.vorbisUpTo(3 * 44_100));

        assertEquals(Duration.ofSeconds(3), AudioDurations.of(vorbis, MediaTypes.OGG).orElseThrow());
    }

    @Test
    void readsTheMovieHeaderOfEitherVersion() throws IOException {
        assertEquals(Duration.ofMillis(3_500), AudioDurations.of(write(CraftedAudio.mp4Playing(0, 3_500)),
                MediaTypes.MP4_AUDIO).orElseThrow());
        assertEquals(Duration.ofMillis(2_750), AudioDurations.of(write(CraftedAudio.mp4Playing(1, 2_750)),
                MediaTypes.MP4_AUDIO).orElseThrow());
    }

    @Test
    void aMovieBoxClaimingGigabytesIsNeitherReadNorBelieved() throws IOException {
        assertEquals(Optional.empty(), readBounded(write(CraftedAudio.mp4WithAHugeMovieBox()), MediaTypes.MP4_AUDIO));
    }

    @Test
    void readsMp3AfterALargeId3TagWithoutReadingTheTag() throws IOException {
        Path file = directory.resolve("large-tag.mp3");
        CraftedAudio.mp3AfterALargeTag(file, 200 * 1024 * 1024);

        assertAbout(Duration.ofSeconds(3), readBounded(file, MediaTypes.MPEG).orElseThrow());
    }

    @Test
    void billionsOfDeclaredFramesInAFewBytesAreNoDuration() throws IOException {
        assertEquals(Optional.empty(), readBounded(write(CraftedAudio.mp3ClaimingBillionsOfFrames()), MediaTypes.MPEG));
    }

    @Test
    void anAstronomicalGranulePositionIsNoDuration() throws IOException {
        assertEquals(Optional.empty(), readBounded(write(CraftedAudio.opusUpTo(Long.MAX_VALUE)), MediaTypes.OPUS));
    }

    /** jaudiotagger, which read Vorbis before, took 4.6 s for 2 MB of this, so hours for a large file. */
    @Test
    void anOggFileWithoutAnEndIsReadFromItsLastPagesOnly() throws IOException {
        Path hostile = directory.resolve("endless.ogg");
        CraftedAudio.vorbisWithoutEnd(hostile, 500L * 1024 * 1024);

        assertEquals(Optional.empty(), readBounded(hostile, MediaTypes.OGG));
    }

    /**
     * Reads on a thread of its own, which must answer within the limit that bounds a reading on the server (the
     * readings here take milliseconds; the old ones took seconds to hours, or ran out of memory; a loaded CI machine
     * must not turn the bound into a flaky speed test) and allocate less than {@link #MEMORY_BOUND}, on the heap and
     * off it (jaudiotagger reads an ID3v2 tag into a direct buffer).
     */
    private static Optional<Duration> readBounded(Path file, String mediaType) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                    .filter(pool -> pool.getName().equals("direct")).findFirst().orElseThrow();
            long heapBefore = threads.getCurrentThreadAllocatedBytes();
            long directBefore = direct.getMemoryUsed();
            Optional<Duration> read = AudioDurations.of(file, mediaType);
            long allocated = threads.getCurrentThreadAllocatedBytes() - heapBefore
                    + Math.max(0, direct.getMemoryUsed() - directBefore);
            assertTrue(allocated < MEMORY_BOUND, allocated + " bytes allocated");
            return read;
        });
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(directory, "crafted", null), content);
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
