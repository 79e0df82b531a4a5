package dev.earmark.media.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How long stored audio plays, read from the file's own headers: the Ogg granule position for Opus and Vorbis, the
 * movie header for MP4, jaudiotagger's frame reader for MP3. Each reads a bounded number of bytes into memory,
 * whatever the file declares; only the MP3 reader may take time in proportion to the file (see {@link Mp3Duration}).
 */
public final class AudioDurations {

    /**
     * Every format Earmark stores takes at least a byte for each second it plays, silence included (Opus at its
     * sparsest: two bytes per 120 ms packet): a file that claims more seconds than it has bytes declares frames or
     * samples that it does not hold.
     */
    private static final long MIN_BYTES_PER_SECOND = 1;

    private AudioDurations() {
    }

    /** The playing time of a stored file of a type {@link MediaTypes} detected; empty when it cannot be read. */
    public static Optional<Duration> of(Path file, String mediaType) {
        Optional<Duration> declared = switch (mediaType) {
            case MediaTypes.OPUS, MediaTypes.OGG -> OggDuration.of(file);
            case MediaTypes.MP4_AUDIO -> Mp4Duration.of(file);
            case MediaTypes.MPEG -> Mp3Duration.of(file);
            default -> Optional.empty();
        };
        return declared.filter(duration -> isPlausible(duration, file));
    }

    /** {@code units} counted at {@code perSecond}, to the millisecond, without overflow for any count a file holds. */
    static Duration ofUnits(long units, long perSecond) {
        return Duration.ofSeconds(units / perSecond).plusMillis(units % perSecond * 1000 / perSecond);
    }

    private static boolean isPlausible(Duration duration, Path file) {
        try {
            return !duration.isNegative() && !duration.isZero()
                    && duration.getSeconds() <= Files.size(file) / MIN_BYTES_PER_SECOND;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
