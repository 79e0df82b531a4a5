package dev.earmark.media.control;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.mp3.MP3AudioHeader;
import org.jaudiotagger.tag.id3.AbstractID3v2Tag;

/**
 * The playing time of an MP3 file, as jaudiotagger reads it from the first audio frame: the frame count of a Xing,
 * Info or VBRI header, else an estimate from the bitrate and the file's length. The library starts where the ID3v2
 * tag says it ends, and reads through a buffer of a few kilobytes: its MP3 file reader would first read the whole
 * tag into memory, as large as the tag's header claims (up to 256 MB). A file without audio frames makes it read to
 * the end, which the caller bounds in time.
 */
final class Mp3Duration {

    /** jaudiotagger reports every oddity of a file in the server log; a held logger keeps it to real failures. */
    private static final Logger LIBRARY_LOG = Logger.getLogger("org.jaudiotagger");

    static {
        LIBRARY_LOG.setLevel(Level.SEVERE);
    }

    private Mp3Duration() {
    }

    static Optional<Duration> of(Path file) {
        try {
            long audioStart = AbstractID3v2Tag.getV2TagSizeIfExists(file.toFile());
            double seconds = new MP3AudioHeader(file.toFile(), audioStart).getPreciseTrackLength();
            return seconds > 0 ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
        } catch (IOException | InvalidAudioFrameException | RuntimeException unreadable) {
            // The type was recognised from the first bytes; a damaged rest only costs the duration.
            return Optional.empty();
        }
    }
}
