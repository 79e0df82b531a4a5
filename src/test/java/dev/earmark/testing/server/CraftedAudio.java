package dev.earmark.testing.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Audio files made byte by byte, most of them to trouble a reader: headers that declare far more than the file holds,
 * or content that keeps a reader searching. Made in the tests, so the repository holds no such file.
 */
public final class CraftedAudio {

    /** MPEG-1 layer III, 128 kbit/s, 44.1 kHz, joint stereo: each frame 417 bytes, its Xing header after 32 bytes. */
    private static final byte[] MP3_FRAME_HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64};
    private static final int MP3_FRAME_LENGTH = 417;
    private static final int MP3_SIDE_INFO_LENGTH = 32;
    private static final int XING_FRAME_COUNT_PRESENT = 1;
    private static final int OGG_HEADER_LENGTH = 27;
    private static final byte OGG_FIRST_PAGE = 0x02;
    private static final byte OGG_LAST_PAGE = 0x04;
    private static final int OGG_SERIAL = 0x4541524D;
    private static final int VORBIS_SAMPLE_RATE = 44_100;

    private CraftedAudio() {
    }

    /** An MP3 whose first frame carries a Xing header counting 2^31 - 1 frames (650 days), with three frames in all. */
    public static byte[] mp3ClaimingBillionsOfFrames() {
        return mp3Counting(Integer.MAX_VALUE);
    }

    /**
     * An MP3 of three seconds (115 frames, as its Xing header says) after an ID3v2 tag of {@code tagLength} bytes of
     * zeros, as a sparse file: a reader that takes in the whole tag allocates that much memory.
     */
    public static void mp3AfterALargeTag(Path file, int tagLength) throws IOException {
        byte[] syncSafeLength = {(byte) (tagLength >> 21 & 0x7F), (byte) (tagLength >> 14 & 0x7F),
                (byte) (tagLength >> 7 & 0x7F), (byte) (tagLength & 0x7F)};
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(concat(ascii("ID3"), new byte[] {4, 0, 0}, syncSafeLength));
            out.seek(out.getFilePointer() + tagLength);
            out.write(mp3Counting(115));
        }
    }

    /**
     * {@code length} bytes of MP3 frame headers, four bytes apart, where no frame is followed by another: a reader
     * that looks for the first real frame tries every one of them.
     */
    public static byte[] mp3OfFalseFrames(int length) {
        byte[] content = new byte[length];
        for (int at = 0; at + MP3_FRAME_HEADER.length <= length; at += MP3_FRAME_HEADER.length) {
            System.arraycopy(MP3_FRAME_HEADER, 0, content, at, MP3_FRAME_HEADER.length);
        }
        return content;
    }

    /** An MP4 audio file whose movie box claims 2 GB: a reader that believes it allocates that much. */
    public static byte[] mp4WithAHugeMovieBox() {
        return concat(fileType(), ByteBuffer.allocate(8).putInt(Integer.MAX_VALUE - 255).put(ascii("moov")).array(),
                new byte[100]);
    }

    /** An MP4 audio file (without samples) whose movie header of the given version says how long it plays. */
    public static byte[] mp4Playing(int version, long millis) {
        ByteBuffer content = ByteBuffer.allocate(version == 1 ? 32 : 20).putInt(version << 24);
        if (version == 1) {
            content.putLong(0).putLong(0).putInt(1000).putLong(millis);
        } else {
            content.putInt(0).putInt(0).putInt(1000).putInt((int) millis);
        }
        byte[] free = box("free", new byte[8]);
        return concat(fileType(), free, box("moov", concat(free, box("mvhd", content.array()))));
    }

    /** An Ogg Vorbis stream at 44.1 kHz whose last page has counted {@code samples}, with noise between. */
    public static byte[] vorbisUpTo(long samples) {
        return concat(vorbisFirstPage(), oggPage(OGG_LAST_PAGE, samples, new byte[200]));
    }

    /** An Ogg Opus stream whose last page has counted {@code samples} (at 48 kHz) without a pre-skip. */
    public static byte[] opusUpTo(long samples) {
        ByteBuffer opusHead = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN).put(ascii("OpusHead"))
                .put((byte) 1).put((byte) 1).putShort((short) 0).putInt(48_000);
        return concat(oggPage(OGG_FIRST_PAGE, 0, opusHead.array()), oggPage(OGG_LAST_PAGE, samples, new byte[200]));
    }

    /**
     * The first page of an Ogg Vorbis stream, then {@code length} bytes of zeros, as a sparse file: a reader that looks
     * for the last page byte by byte from the end makes a system call for each of them.
     */
    public static void vorbisWithoutEnd(Path file, long length) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(vorbisFirstPage());
            out.setLength(out.length() + length);
        }
    }

    private static byte[] vorbisFirstPage() {
        ByteBuffer identification = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 1).put(ascii("vorbis")).putInt(0).put((byte) 2).putInt(VORBIS_SAMPLE_RATE);
        return oggPage(OGG_FIRST_PAGE, 0, identification.array());
    }

    /** One page holding one packet of at most 255 bytes. */
    private static byte[] oggPage(byte type, long granule, byte[] packet) {
        ByteBuffer header = ByteBuffer.allocate(OGG_HEADER_LENGTH + 1).order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("OggS")).put((byte) 0).put(type).putLong(granule).putInt(OGG_SERIAL).putInt(0).putInt(0)
                .put((byte) 1).put((byte) packet.length);
        return concat(header.array(), packet);
    }

    /** A first frame whose Xing header counts {@code frames}, then two frames more. */
    private static byte[] mp3Counting(int frames) {
        ByteBuffer first = ByteBuffer.allocate(MP3_FRAME_LENGTH).put(MP3_FRAME_HEADER)
                .position(MP3_FRAME_HEADER.length + MP3_SIDE_INFO_LENGTH)
                .put(ascii("Xing")).putInt(XING_FRAME_COUNT_PRESENT).putInt(frames);
        byte[] frame = ByteBuffer.allocate(MP3_FRAME_LENGTH).put(MP3_FRAME_HEADER).array();
        return concat(first.array(), frame, frame);
    }

    private static byte[] fileType() {
        return box("ftyp", concat(ascii("M4A "), new byte[4], ascii("isom")));
    }

    private static byte[] box(String type, byte[] content) {
        return concat(ByteBuffer.allocate(8).putInt(8 + content.length).put(ascii(type)).array(), content);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
