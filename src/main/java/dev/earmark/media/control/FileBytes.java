package dev.earmark.media.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** The few bytes of a file that a duration reader needs, read at a position, however the channel splits them. */
final class FileBytes {

    private FileBytes() {
    }

    /** Up to {@code length} bytes from {@code position}: fewer at the end of the file. */
    static ByteBuffer read(FileChannel channel, long position, int length, ByteOrder order) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        int read;
        do {
            // A channel may return fewer bytes than asked for.
            read = channel.read(buffer, position + buffer.position());
        } while (read > 0 && buffer.hasRemaining());
        return buffer.flip();
    }

    static boolean startsWith(ByteBuffer buffer, int at, byte[] magic) {
        if (at < 0 || buffer.limit() < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (buffer.get(at + i) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
