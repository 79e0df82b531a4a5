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
 * The playing time of an Ogg Opus (RFC 7845) or Ogg Vorbis file: the granule position of the stream's last page
 * counts samples from the start, at 48 kHz for Opus, less the "pre-skip" samples that the first page names and a
 * player drops, and at the rate that the identification header names for Vorbis. Only the first page and the last
 * two pages' worth of bytes are read, so neither the file's size nor anything it declares makes the reading longer.
 */
final class OggDuration {

    private static final byte[] CAPTURE = "OggS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPUS_HEAD = "OpusHead".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VORBIS_IDENTIFICATION = {1, 'v', 'o', 'r', 'b', 'i', 's'};
    private static final int HEADER_LENGTH = 27;
    private static final int GRANULE_OFFSET = 6;
    private static final int SERIAL_OFFSET = 14;
    private static final int SEGMENT_COUNT_OFFSET = 26;
    private static final int PRE_SKIP_OFFSET = 10;
    private static final int VORBIS_RATE_OFFSET = 12;
    /** A page holds at most 255 segments of 255 bytes; two of them cover a last page that ends no packet. */
    private static final int TAIL_BYTES = 2 * (HEADER_LENGTH + 255 + 255 * 255);
    private static final long OPUS_SAMPLES_PER_SECOND = 48_000;

    /** How the stream counts: samples per second, and how many samples at the start are not played. */
    private record Timing(long samplesPerSecond, long skippedSamples) {
    }

    private OggDuration() {
    }

    static Optional<Duration> of(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = FileBytes.read(channel, 0, MediaTypes.HEAD_BYTES, ByteOrder.LITTLE_ENDIAN);
            Optional<Timing> timing = timing(head);
            if (timing.isEmpty()) {
                return Optional.empty();
            }
            int serial = head.getInt(SERIAL_OFFSET);
            long tailStart = Math.max(0, channel.size() - TAIL_BYTES);
            ByteBuffer tail = FileBytes.read(channel, tailStart, (int) (channel.size() - tailStart),
                    ByteOrder.LITTLE_ENDIAN);
            return lastGranule(tail, serial)
                    .map(granule -> granule - timing.get().skippedSamples())
                    .filter(samples -> samples > 0)
                    .map(samples -> AudioDurations.ofUnits(samples, timing.get().samplesPerSecond()));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The stream's first packet, right after the first page's segment table, names the codec and how it counts. */
    private static Optional<Timing> timing(ByteBuffer head) {
        if (!isPage(head, 0)) {
            return Optional.empty();
        }
        int packet = HEADER_LENGTH + Byte.toUnsignedInt(head.get(SEGMENT_COUNT_OFFSET));
        if (FileBytes.startsWith(head, packet, OPUS_HEAD) && head.limit() >= packet + PRE_SKIP_OFFSET + 2) {
            int preSkip = Short.toUnsignedInt(head.getShort(packet + PRE_SKIP_OFFSET));
            return Optional.of(new Timing(OPUS_SAMPLES_PER_SECOND, preSkip));
        }
        if (FileBytes.startsWith(head, packet, VORBIS_IDENTIFICATION)
                && head.limit() >= packet + VORBIS_RATE_OFFSET + 4) {
            long rate = Integer.toUnsignedLong(head.getInt(packet + VORBIS_RATE_OFFSET));
            return rate > 0 ? Optional.of(new Timing(rate, 0)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A granule position of -1 means that no packet ends on the page; the one before it then tells. */
    private static Optional<Long> lastGranule(ByteBuffer tail, int serial) {
        for (int at = tail.limit() - HEADER_LENGTH; at >= 0; at--) {
            if (isPage(tail, at) && tail.getInt(at + SERIAL_OFFSET) == serial && tail.getLong(at + GRANULE_OFFSET) >= 0) {
                return Optional.of(tail.getLong(at + GRANULE_OFFSET));
            }
        }
        return Optional.empty();
    }

    private static boolean isPage(ByteBuffer buffer, int at) {
        return FileBytes.startsWith(buffer, at, CAPTURE) && buffer.limit() >= at + HEADER_LENGTH && buffer.get(at + 4) == 0;
    }
}
