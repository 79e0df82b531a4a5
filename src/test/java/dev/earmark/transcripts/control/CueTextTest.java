package dev.earmark.transcripts.control;

import static dev.earmark.testing.CpuTimeBound.withinBound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CueTextTest {

    @Test
    void takesTheSpeakerFromTheVoiceTag() {
        assertEquals(new CueText.Spoken("Pascal", "Welcome to the show."),
                CueText.parse("<v Pascal>Welcome to the show.</v>"));
        assertEquals(new CueText.Spoken("Mary Ann", "Loud!"), CueText.parse("<v.loud.angry  Mary   Ann >Loud!"));
        assertEquals(new CueText.Spoken("Tom & Jerry", "Hi"), CueText.parse("<v Tom &amp; Jerry>Hi"));
    }

    @Test
    void takesTheFirstVoiceOfACue() {
        assertEquals(new CueText.Spoken("A", "Hi Yo"), CueText.parse("<v A>Hi</v>\n<v B>Yo</v>"));
    }

    @Test
    void hasNoSpeakerWithoutAVoiceTag() {
        assertNull(CueText.parse("<v>nameless</v> <video>x</video> <c.v>class</c>").speaker());
        assertEquals("nameless x class", CueText.parse("<v>nameless</v> <video>x</video> <c.v>class</c>").text());
    }

    @Test
    void removesEveryOtherTagAndKeepsWhatItEncloses() {
        assertEquals("Ruby text: 漢字 kanji and bold italic underlined English timed words",
                CueText.parse("<ruby>Ruby text: 漢字 <rt>kanji</rt></ruby> and <b>bold</b> <i>italic</i> "
                        + "<u>underlined</u> <lang en>English</lang> <00:01.000>timed "
                        + "<01:00:02.500><c.yellow>words</c>")
                        .text());
        assertEquals("red", CueText.parse("<font color=\"#ff0000\">red</font>").text());
    }

    @Test
    void decodesCharacterReferences() {
        assertEquals("a & b < c > d\u00A0e\u200Ef\u200Fg \"h\" 'i' é 😀",
                CueText.parse("a &amp; b &lt; c &gt; d&nbsp;e&lrm;f&rlm;g &quot;h&quot; &apos;i&apos; &#233; &#x1F600;")
                        .text());
    }

    @Test
    void keepsWhatIsNoReferenceOrTag() {
        assertEquals("Q&A, AT&T; &unknown; &#xD800; &#0; &#99999999999; x < y, 3<4",
                CueText.parse("Q&A, AT&T; &unknown; &#xD800; &#0; &#99999999999; x < y, 3<4").text());
    }

    @Test
    void dropsAnUnclosedTagToTheEnd() {
        assertEquals("Before", CueText.parse("Before <i never closed").text());
    }

    @Test
    void collapsesWhiteSpaceAndLineBreaks() {
        assertEquals("one two three", CueText.parse("  one\n\ttwo  \r\n three ").text());
    }

    @Test
    void dropsControlCharactersAndHalvesOfSurrogatePairs() {
        assertEquals("bell rang 😀 ok", CueText.parse("bell\u0007 rang &#7;\u0000 \uD83D\uDE00 \uD800o\uDC00k").text());
    }

    // Hostile cue texts of 200 KB each, read in time proportional to their length (see CpuTimeBound).

    @Test
    void readsLongRunsOfMarkupQuickly() {
        String openings = "<".repeat(200_000);
        String unclosedTags = "<b".repeat(100_000);
        String nested = "<b>".repeat(35_000) + "deep" + "</b>".repeat(35_000);
        String ampersands = "&".repeat(200_000);
        String references = "&#x".repeat(70_000);
        String voices = "<v ".repeat(70_000);
        String digits = "<1".repeat(100_000);

        assertEquals(openings, withinBound(() -> CueText.parse(openings)).text());
        assertEquals("", withinBound(() -> CueText.parse(unclosedTags)).text());
        assertEquals("deep", withinBound(() -> CueText.parse(nested)).text());
        assertEquals(ampersands, withinBound(() -> CueText.parse(ampersands)).text());
        assertEquals(references, withinBound(() -> CueText.parse(references)).text());
        assertEquals("", withinBound(() -> CueText.parse(voices)).text());
        assertEquals(digits, withinBound(() -> CueText.parse(digits)).text());
    }
}
