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
 * The playing time of an Ogg Opus file (RFC 7845): the granule position of the stream's last page counts
 * 48 kHz samples from the start, including the "pre-skip" samples that the first page names and a player drops.
 * Only the first and the last pages are read, so the file's size does not matter.
 */
final class OggOpusDuration {

    private static final byte[] CAPTURE = "OggS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPUS_HEAD = "OpusHead".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_LENGTH = 27;
    private static final int GRANULE_OFFSET = 6;
    private static final int SERIAL_OFFSET = 14;
    private static final int SEGMENT_COUNT_OFFSET = 26;
    private static final int PRE_SKIP_OFFSET = 10;
    /** A page holds at most 255 segments of 255 bytes; two of them cover a last page that ends no packet. */
    private static final int TAIL_BYTES = 2 * (HEADER_LENGTH + 255 + 255 * 255);
    private static final long SAMPLES_PER_SECOND = 48_000;

    private OggOpusDuration() {
    }

    static Optional<Duration> of(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = read(channel, 0, MediaTypes.HEAD_BYTES);
            if (!isPage(head, 0) || head.limit() <= SEGMENT_COUNT_OFFSET) {
                return Optional.empty();
            }
            int packet = HEADER_LENGTH + Byte.toUnsignedInt(head.get(SEGMENT_COUNT_OFFSET));
            if (!startsWith(head, packet, OPUS_HEAD) || head.limit() < packet + PRE_SKIP_OFFSET + 2) {
                return Optional.empty();
            }
            int serial = head.getInt(SERIAL_OFFSET);
            int preSkip = Short.toUnsignedInt(head.getShort(packet + PRE_SKIP_OFFSET));
            long tailStart = Math.max(0, channel.size() - TAIL_BYTES);
            ByteBuffer tail = read(channel, tailStart, (int) (channel.size() - tailStart));
            return lastGranule(tail, serial)
                    .filter(granule -> granule > preSkip)
                    .map(granule -> Duration.ofMillis((granule - preSkip) * 1000 / SAMPLES_PER_SECOND));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
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
        return startsWith(buffer, at, CAPTURE) && buffer.limit() >= at + HEADER_LENGTH && buffer.get(at + 4) == 0;
    }

    private static boolean startsWith(ByteBuffer buffer, int at, byte[] magic) {
        if (buffer.limit() < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (buffer.get(at + i) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        int read;
        do {
            // A channel may return fewer bytes than asked for.
            read = channel.read(buffer, position + buffer.position());
        } while (read > 0 && buffer.hasRemaining());
        return buffer.flip();
    }
}
