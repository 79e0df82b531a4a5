package dev.earmark.media.control;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.exceptions.CannotReadException;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.exceptions.ReadOnlyFileException;
import org.jaudiotagger.tag.TagException;

/**
 * How long stored audio plays, read from the file itself: jaudiotagger for MP3, AAC/M4A and Ogg Vorbis,
 * which it reads, and the Ogg granule position for Opus, which it does not.
 */
public final class AudioDurations {

    /** jaudiotagger reports every oddity of a file in the server log; a held logger keeps it to real failures. */
    private static final Logger LIBRARY_LOG = Logger.getLogger("org.jaudiotagger");

    /** The library picks its reader by file extension; stored files have none, so the detected type names one. */
    private static final Map<String, String> EXTENSIONS = Map.of(
            MediaTypes.MPEG, "mp3",
            MediaTypes.MP4_AUDIO, "m4a",
            MediaTypes.OGG, "ogg");

    static {
        LIBRARY_LOG.setLevel(Level.SEVERE);
    }

    private AudioDurations() {
    }

    /** The playing time of a stored file of a type {@link MediaTypes} detected; empty when it cannot be read. */
    public static Optional<Duration> of(Path file, String mediaType) {
        if (MediaTypes.OPUS.equals(mediaType)) {
            return OggOpusDuration.of(file);
        }
        String extension = EXTENSIONS.get(mediaType);
        if (extension == null) {
            return Optional.empty();
        }
        try {
            double seconds = AudioFileIO.readAs(file.toFile(), extension).getAudioHeader().getPreciseTrackLength();
            return seconds > 0 ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
        } catch (CannotReadException | IOException | TagException | ReadOnlyFileException
                | InvalidAudioFrameException | RuntimeException unreadable) {
            // The type was recognised from the first bytes; a damaged rest only costs the duration.
            return Optional.empty();
        }
    }
}
