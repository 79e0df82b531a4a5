package dev.earmark.media.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Made-up files that look like real formats to {@link MediaTypes}: headers right, the rest noise. */
final class SampleMedia {

    private SampleMedia() {
    }

    /** The first Ogg page of an Opus stream (its identification header), then {@code noise} random bytes. */
    static byte[] opus(int noise) {
        ByteBuffer opusHead = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("OpusHead")).put((byte) 1).put((byte) 2).putShort((short) 312).putInt(48_000)
                .putShort((short) 0).put((byte) 0);
        ByteBuffer page = ByteBuffer.allocate(27 + 1).order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("OggS")).put((byte) 0).put((byte) 0x02).putLong(0).putInt(0x4541524D).putInt(0).putInt(0)
                .put((byte) 1).put((byte) opusHead.capacity());
        return concat(page.array(), opusHead.array(), noise(noise));
    }

    static byte[] ogg(String codecMagic) {
        byte[] packet = ascii(codecMagic);
        ByteBuffer page = ByteBuffer.allocate(28).put(ascii("OggS")).put(new byte[22]).put((byte) 1)
                .put((byte) packet.length);
        return concat(page.array(), packet);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
