package dev.earmark.media.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The audio and image formats Earmark stores, recognised by their first bytes: a file's name and the type its
 * uploader claims are both under the uploader's control, the magic numbers much less so. (Transcripts are read whole
 * by their own readers, which tell their format.)
 */
public final class MediaTypes {

    public static final String OPUS = "audio/ogg; codecs=opus";
    public static final String OGG = "audio/ogg";
    public static final String MPEG = "audio/mpeg";
    public static final String MP4_AUDIO = "audio/mp4";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    public static final Set<String> AUDIO = Set.of(OPUS, OGG, MPEG, MP4_AUDIO);
    public static final Set<String> IMAGES = Set.of(JPEG, PNG);

    /** Enough for an Ogg page header with the longest segment table, followed by the packet's magic. */
    static final int HEAD_BYTES = 512;

    private static final byte[] OGG_CAPTURE = ascii("OggS");
    private static final int OGG_SEGMENT_COUNT_OFFSET = 26;
    private static final byte[] OPUS_HEAD = ascii("OpusHead");
    private static final byte[] ID3 = ascii("ID3");
    private static final byte[] FTYP = ascii("ftyp");
    private static final Set<String> MP4_AUDIO_BRANDS = Set.of("M4A ", "M4B ", "mp42", "isom");
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private MediaTypes() {
    }

    /** The type of the content that starts with {@code head}, if it is one Earmark knows. */
    static Optional<String> detect(byte[] head) {
        if (startsWith(head, 0, OGG_CAPTURE)) {
            return Optional.of(isOpus(head) ? OPUS : OGG);
        }
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, ID3) || isMpegAudioFrame(head)) {
            return Optional.of(MPEG);
        }
        if (isMp4Audio(head)) {
            return Optional.of(MP4_AUDIO);
        }
        return Optional.empty();
    }

    /** The first packet of an Ogg stream names its codec; it starts right after the page's segment table. */
    private static boolean isOpus(byte[] head) {
        if (head.length <= OGG_SEGMENT_COUNT_OFFSET) {
            return false;
        }
        int segments = Byte.toUnsignedInt(head[OGG_SEGMENT_COUNT_OFFSET]);
        return startsWith(head, OGG_SEGMENT_COUNT_OFFSET + 1 + segments, OPUS_HEAD);
    }

    /**
     * An MPEG audio frame header without ID3 tag: eleven sync bits, then no reserved value in the
     * version, layer, bitrate and sample rate fields (layer "00" would be AAC in ADTS, not MPEG audio).
     */
    private static boolean isMpegAudioFrame(byte[] head) {
        if (head.length < 3 || head[0] != (byte) 0xFF || (head[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (head[1] >> 3) & 0b11;
        int layer = (head[1] >> 1) & 0b11;
        int bitrate = (head[2] >> 4) & 0b1111;
        int sampleRate = (head[2] >> 2) & 0b11;
        return version != 0b01 && layer != 0b00 && bitrate != 0b1111 && sampleRate != 0b11;
    }

    /** An ISO base media file starts with an "ftyp" box whose major brand tells what it holds. */
    private static boolean isMp4Audio(byte[] head) {
        return startsWith(head, 4, FTYP) && head.length >= 12
                && MP4_AUDIO_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] head, int offset, byte[] magic) {
        return head.length >= offset + magic.length
                && Arrays.equals(head, offset, offset + magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String magic) {
        return magic.getBytes(StandardCharsets.US_ASCII);
    }
}
