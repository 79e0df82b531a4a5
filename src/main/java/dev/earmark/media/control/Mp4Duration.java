package dev.earmark.media.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The playing time of an MP4 (ISO base media) file: duration over time scale in the movie header box, "mvhd"
 * inside "moov" (ISO/IEC 14496-12). Boxes are found by their headers alone, a few dozen at most, and only the movie
 * header's first bytes are read, whatever sizes the file declares: jaudiotagger would read the whole "moov" box into
 * memory, as large as its header says, before looking at it.
 */
final class Mp4Duration {

    private static final int HEADER_LENGTH = 8;
    /** A size of 1 means that a 64-bit size follows the type. */
    private static final int LARGE_HEADER_LENGTH = 16;
    private static final long LARGE_SIZE = 1;
    /** A size of 0 means that the box reaches to the end of what encloses it. */
    private static final long TO_THE_END = 0;
    /** Real files have a handful of boxes before "moov" and before "mvhd" in it. */
    private static final int MAX_BOXES_PER_LEVEL = 32;
    private static final byte[] MOVIE = "moov".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MOVIE_HEADER = "mvhd".getBytes(StandardCharsets.US_ASCII);
    /** Version 1 has 64-bit times: version and flags, created, modified, time scale, then an 8-byte duration. */
    private static final int VERSION_1 = 1;
    private static final int TIME_SCALE_OFFSET_0 = 12;
    private static final int TIME_SCALE_OFFSET_1 = 20;
    private static final int LONGEST_START = TIME_SCALE_OFFSET_1 + 4 + 8;
    private static final long UNKNOWN_0 = 0xFFFF_FFFFL;
    private static final long UNKNOWN_1 = -1;

    /** Where a box's content lies in the file. */
    private record Box(long contentStart, long end) {
    }

    private Mp4Duration() {
    }

    static Optional<Duration> of(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Optional<Box> movie = find(channel, new Box(0, channel.size()), MOVIE);
            if (movie.isEmpty()) {
                return Optional.empty();
            }
            Optional<Box> header = find(channel, movie.get(), MOVIE_HEADER);
            return header.isEmpty() ? Optional.empty() : duration(channel, header.get());
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The first box of a type among the children of {@code parent}; none once a box does not fit in its parent. */
    private static Optional<Box> find(FileChannel channel, Box parent, byte[] type) throws IOException {
        long at = parent.contentStart();
        for (int boxes = 0; boxes < MAX_BOXES_PER_LEVEL && parent.end() - at >= HEADER_LENGTH; boxes++) {
            ByteBuffer header = FileBytes.read(channel, at, LARGE_HEADER_LENGTH, ByteOrder.BIG_ENDIAN);
            long size = Integer.toUnsignedLong(header.getInt(0));
            int headerLength = HEADER_LENGTH;
            if (size == LARGE_SIZE) {
                if (header.limit() < LARGE_HEADER_LENGTH) {
                    return Optional.empty();
                }
                size = header.getLong(HEADER_LENGTH);
                headerLength = LARGE_HEADER_LENGTH;
            } else if (size == TO_THE_END) {
                size = parent.end() - at;
            }
            if (size < headerLength || size > parent.end() - at) {
                return Optional.empty();
            }
            if (FileBytes.startsWith(header, 4, type)) {
                return Optional.of(new Box(at + headerLength, at + size));
            }
            at += size;
        }
        return Optional.empty();
    }

    private static Optional<Duration> duration(FileChannel channel, Box header) throws IOException {
        int length = (int) Math.min(LONGEST_START, header.end() - header.contentStart());
        ByteBuffer content = FileBytes.read(channel, header.contentStart(), length, ByteOrder.BIG_ENDIAN);
        boolean version1 = content.limit() > 0 && content.get(0) == VERSION_1;
        int timeScaleAt = version1 ? TIME_SCALE_OFFSET_1 : TIME_SCALE_OFFSET_0;
        if (content.limit() < timeScaleAt + 4 + (version1 ? 8 : 4)) {
            return Optional.empty();
        }
        long timeScale = Integer.toUnsignedLong(content.getInt(timeScaleAt));
        long units = version1 ? content.getLong(timeScaleAt + 4)
                : Integer.toUnsignedLong(content.getInt(timeScaleAt + 4));
        boolean unknown = units == (version1 ? UNKNOWN_1 : UNKNOWN_0);
        return timeScale == 0 || units <= 0 || unknown ? Optional.empty()
                : Optional.of(AudioDurations.ofUnits(units, timeScale));
    }
}
