package dev.earmark.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsAnOrdinaryName() {
        assertEquals("Episode 59 – Python 3.12.opus", FileNames.clean("Episode 59 – Python 3.12.opus"));
        assertEquals("Zürich’s 🎧 show.mp3", FileNames.clean("Zürich’s 🎧 show.mp3"));
    }

    @Test
    void dropsDirectoriesOfEitherKind() {
        assertEquals("episode.mp3", FileNames.clean("/home/ana/podcasts/episode.mp3"));
        assertEquals("episode.mp3", FileNames.clean("C:\\Users\\ana\\episode.mp3"));
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
    }

    @Test
    void dropsControlAndInvisibleCharactersAndQuotes() {
        assertEquals("ab.mp3", FileNames.clean("a\u0000b\r\n.mp3"));
        assertEquals("photogpj.exe", FileNames.clean("photo\u202Egpj.exe"), "right-to-left override");
        assertEquals("zerowidth.ogg", FileNames.clean("zero\u200Bwidth.ogg"));
        assertEquals("say hi.ogg", FileNames.clean("say \"hi\".ogg"));
        assertEquals("x.mp3", FileNames.clean("x\uD800.mp3"), "lone surrogate");
    }

    @Test
    void trimsSpacesAndDots() {
        assertEquals("hidden.mp3", FileNames.clean("  .hidden.mp3 . "));
    }

    @Test
    void composesCharacters() {
        assertEquals("Z\u00FCrich", FileNames.clean("Zu\u0308rich"));
    }

    @Test
    void fallsBackWhenNothingIsLeft() {
        assertEquals("audio", FileNames.clean(null));
        assertEquals("audio", FileNames.clean(""));
        assertEquals("audio", FileNames.clean("   "));
        assertEquals("audio", FileNames.clean(".."));
        assertEquals("audio", FileNames.clean("/tmp/"));
        assertEquals("audio", FileNames.clean("\u0007\"\u202E"));
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String cleaned = FileNames.clean("x".repeat(400) + ".opus");

        assertEquals(255, cleaned.length());
        assertTrue(cleaned.endsWith("x.opus"), cleaned);
    }

    @Test
    void shortensWithoutSplittingACharacter() {
        String cleaned = FileNames.clean("🎧".repeat(200));

        assertEquals(254, cleaned.length());
        assertTrue(Character.isHighSurrogate(cleaned.charAt(252)) && Character.isLowSurrogate(cleaned.charAt(253)));
    }

    @Test
    void aLongTailAfterTheLastDotIsNoExtension() {
        String cleaned = FileNames.clean("v1." + "y".repeat(300));

        assertEquals(255, cleaned.length());
        assertTrue(cleaned.startsWith("v1.yyy"), cleaned);
    }
}
