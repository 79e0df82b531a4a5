package dev.earmark.media.control;

import static dev.earmark.media.control.SampleMedia.ascii;
import static dev.earmark.media.control.SampleMedia.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void oggWithOpusHeadIsOpus() {
        assertEquals(Optional.of(MediaTypes.OPUS), MediaTypes.detect(SampleMedia.opus(100)));
    }

    @Test
    void opusHeadIsLookedForAfterTheSegmentTable() {
        byte[] twoSegments = SampleMedia.opus(0);
        twoSegments[26] = 2;
        assertEquals(Optional.of(MediaTypes.OGG), MediaTypes.detect(twoSegments));
    }

    @Test
    void textIsNoMediaTypeOfItsOwn() {
        assertEquals(Optional.empty(), MediaTypes.detect(ascii("WEBVTT\n\n00:00.000 --> 00:01.000\nHi")));
        assertEquals(Optional.empty(), MediaTypes.detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF}, ascii("WEBVTT - Episode 60\n"))));
        assertEquals(Optional.empty(), MediaTypes.detect(ascii("1\n00:00:00,000 --> 00:00:01,000\nSRT")));
    }

    @Test
    void otherOggIsOgg() {
        assertEquals(Optional.of(MediaTypes.OGG), MediaTypes.detect(SampleMedia.ogg("\u0001vorbis")));
        assertEquals(Optional.of(MediaTypes.OGG), MediaTypes.detect(ascii("OggS")));
    }

    @Test
    void mp3WithId3TagOrFrameSync() {
        assertEquals(Optional.of(MediaTypes.MPEG), MediaTypes.detect(concat(ascii("ID3"), new byte[] {4, 0, 0})));
        // MPEG-1 layer III, 128 kbit/s, 44.1 kHz
        assertEquals(Optional.of(MediaTypes.MPEG), MediaTypes.detect(bytes(0xFF, 0xFB, 0x90, 0x64)));
    }

    @Test
    void frameSyncWithReservedFieldsIsNoMp3() {
        assertEquals(Optional.empty(), MediaTypes.detect(bytes(0xFF, 0xF1, 0x50, 0x80)), "AAC in ADTS (layer 00)");
        assertEquals(Optional.empty(), MediaTypes.detect(bytes(0xFF, 0xFB, 0xF0, 0x64)), "bitrate index 1111");
        assertEquals(Optional.empty(), MediaTypes.detect(bytes(0xFF, 0xFB, 0x9C, 0x64)), "sample rate 11");
        assertEquals(Optional.empty(), MediaTypes.detect(bytes(0xFF, 0xEB, 0x90, 0x64)), "version 01");
    }

    @Test
    void isoMediaWithAudioBrandsIsMp4Audio() {
        for (String brand : new String[] {"M4A ", "mp42", "isom"}) {
            assertEquals(Optional.of(MediaTypes.MP4_AUDIO),
                    MediaTypes.detect(concat(bytes(0, 0, 0, 0x20), ascii("ftyp" + brand), new byte[20])), brand);
        }
        assertEquals(Optional.empty(), MediaTypes.detect(concat(bytes(0, 0, 0, 0x20), ascii("ftypqt  "))));
    }

    @Test
    void images() {
        assertEquals(Optional.of(MediaTypes.JPEG), MediaTypes.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
        assertEquals(Optional.of(MediaTypes.PNG),
                MediaTypes.detect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13)));
    }

    @Test
    void textAndTooLittleAreNothingKnown() {
        assertEquals(Optional.empty(), MediaTypes.detect(ascii("Hello, I am a text file called episode.opus")));
        assertEquals(Optional.empty(), MediaTypes.detect(new byte[0]));
        assertEquals(Optional.empty(), MediaTypes.detect(bytes(0xFF)));
        assertEquals(Optional.empty(), MediaTypes.detect(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p')));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
