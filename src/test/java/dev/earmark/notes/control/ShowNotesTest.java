package dev.earmark.notes.control;

import static dev.earmark.notes.control.ChapterParserTest.ARCHIVE;
import static dev.earmark.notes.control.ChapterParserTest.EPISODE_53;
import static dev.earmark.notes.control.ChapterParserTest.EPISODE_60;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShowNotesTest {

    private static final String NOTES_WITH_SECTION_PARAGRAPH = "<p>Links</p>"
            + "<p><strong>Timestamps:</strong><br>(0:00) Intro<br>(1:00) Outro</p>"
            + "<p>Thanks!</p>";

    @Test
    void removesScripts() {
        assertEquals("<p>Hi</p>", ShowNotes.toSafeHtml("<p>Hi<script>alert(1)</script></p>"));
    }

    @Test
    void removesImagesWithTheirHandlers() {
        assertEquals("<p>ab</p>", ShowNotes.toSafeHtml("<p>a<img src=x onerror=alert(1)>b</p>"));
    }

    @Test
    void dropsScriptLinksButKeepsTheirText() {
        assertEquals("x", ShowNotes.toSafeHtml("<a href=\"javascript:alert(1)\">x</a>"));
    }

    @Test
    void dropsEventHandlerAttributes() {
        assertEquals("<p>x</p>", ShowNotes.toSafeHtml("<p onclick=\"alert(1)\">x</p>"));
    }

    @Test
    void removesStylesAndFrames() {
        assertEquals("text", ShowNotes.toSafeHtml(
                "<style>p{color:red}</style><iframe src=\"https://evil.example\"></iframe>text"));
    }

    @Test
    void keepsTheAllowedElements() {
        String html = "<h2>A</h2><h3>B</h3><h4>C</h4><p><strong>s</strong> <b>b</b> <em>e</em> <i>i</i> <u>u</u>"
                + "<br /><code>c</code></p><ul><li>one</li></ul><ol><li>two</li></ol>"
                + "<blockquote>q</blockquote><pre>p</pre>";

        assertEquals(html, ShowNotes.toSafeHtml(html));
    }

    @Test
    void keepsWebAndMailLinksWithSafeRelAndNoTarget() {
        String html = ShowNotes.toSafeHtml("<a href=\"https://x.example/\" target=\"_blank\">web</a> "
                + "<a href=\"mailto:me@x.example\">mail</a>");

        assertTrue(html.contains("href=\"https://x.example/\""), html);
        assertTrue(html.contains("href=\"mailto:me&#64;x.example\""), html);
        assertTrue(html.contains("nofollow") && html.contains("noopener") && html.contains("noreferrer"), html);
        assertFalse(html.contains("target"), html);
    }

    @Test
    void linksBareAddresses() {
        assertEquals("See <a href=\"https://example.com/x\" rel=\"nofollow noopener noreferrer\">"
                        + "https://example.com/x</a> now",
                ShowNotes.toSafeHtml("See https://example.com/x now"));
    }

    @Test
    void leavesTheClosingParenthesisOutOfTheLink() {
        assertEquals("Threads (<a href=\"https://threads.net/&#64;metatechpod\" rel=\"nofollow noopener noreferrer\">"
                        + "https://threads.net/&#64;metatechpod</a>),",
                ShowNotes.toSafeHtml("Threads (https://threads.net/@metatechpod),"));
    }

    @Test
    void leavesTheClosingPeriodOutOfTheLink() {
        assertEquals("Check out <a href=\"https://www.metacareers.com/\" rel=\"nofollow noopener noreferrer\">"
                        + "https://www.metacareers.com/</a>.",
                ShowNotes.toSafeHtml("Check out https://www.metacareers.com/."));
    }

    @Test
    void keepsParenthesesThatBelongToTheAddress() {
        assertEquals("<a href=\"http://en.wikipedia.org/wiki/Foo_(bar)\" rel=\"nofollow noopener noreferrer\">"
                        + "http://en.wikipedia.org/wiki/Foo_(bar)</a>",
                ShowNotes.toSafeHtml("http://en.wikipedia.org/wiki/Foo_(bar)"));
    }

    @Test
    void linksAddressesInsideFormatting() {
        assertEquals("<b><a href=\"https://y.example\" rel=\"nofollow noopener noreferrer\">https://y.example</a></b>",
                ShowNotes.toSafeHtml("<b>https://y.example</b>"));
    }

    @Test
    void doesNotLinkTheTextOfALink() {
        String html = ShowNotes.toSafeHtml("<a href=\"https://x.example\">see <b>https://x.example</b></a>");

        assertEquals(1, html.split("<a ", -1).length - 1, html);
    }

    @Test
    void linksOnlyWebAddresses() {
        assertEquals("ftp://x.example javascript:alert(1) www.x.example https://",
                ShowNotes.toSafeHtml("ftp://x.example javascript:alert(1) www.x.example https://"));
    }

    @Test
    void keepsEscapedMarkupAsText() {
        assertEquals("1 &lt;b&gt; 2 &amp; 3", ShowNotes.toSafeHtml("1 &lt;b&gt; 2 & 3"));
    }

    @Test
    void keepsPlainTextAsItIs() {
        assertEquals(EPISODE_60, ShowNotes.toSafeHtml(EPISODE_60));
    }

    @Test
    void linksTheAddressesOfAPlainSeedDescription() {
        String html = ShowNotes.toSafeHtml(ARCHIVE);

        assertEquals(9, html.split("<a ", -1).length - 1, html);
        assertTrue(html.startsWith("We’re jumping into our time machine"), html);
        assertTrue(html.contains("Rebound: <a href=\"https://github.com/facebookarchive/rebound\""), html);
    }

    @Test
    void turnsNoNotesIntoEmptyText() {
        assertEquals("", ShowNotes.toSafeHtml(null));
        assertEquals("", ShowNotes.withoutTimestamps(null));
        assertEquals("", ShowNotes.teaser(null));
    }

    @Test
    void removesTheTimestampsAtTheEndOfPlainNotes() {
        String before = ARCHIVE.substring(0, ARCHIVE.indexOf("Timestamps"));

        assertEquals(ShowNotes.toSafeHtml(before), ShowNotes.withoutTimestamps(ARCHIVE));
    }

    @Test
    void removesAParagraphThatIsAllTimestamps() {
        assertEquals("<p>Links</p><p>Thanks!</p>", ShowNotes.withoutTimestamps(NOTES_WITH_SECTION_PARAGRAPH));
    }

    @Test
    void removesTimestampsFromTheEndOfAParagraph() {
        assertEquals("<p>Intro text. </p><p>Bye</p>",
                ShowNotes.withoutTimestamps("<p>Intro text. Timestamps: Intro 0:00 Outro 1:00</p><p>Bye</p>"));
    }

    @Test
    void keepsTheElementsAroundTheSection() {
        assertEquals("<blockquote><p>Quote</p></blockquote>", ShowNotes.withoutTimestamps(
                "<blockquote><p>Chapters: 0:00 Intro 1:00 Outro</p><p>Quote</p></blockquote>"));
    }

    @Test
    void removesOnlyTheParagraphOfTimestampsFromPlainText() {
        assertEquals("About the show.\n\nThanks for listening.",
                ShowNotes.withoutTimestamps("About the show.\n\nTimestamps:\n0:00 Intro\n1:00 Outro\n\nThanks for listening."));
    }

    @Test
    void leavesNotesWithoutTimestampsAsTheyAre() {
        assertEquals(ShowNotes.toSafeHtml(EPISODE_60), ShowNotes.withoutTimestamps(EPISODE_60));
    }

    @Test
    void leavesTimestampsThatCannotBeReadInTheNotes() {
        String html = "<p>Timestamps: Intro 0:06 Outro 0:01</p>";

        assertEquals(ShowNotes.toSafeHtml(html), ShowNotes.withoutTimestamps(html));
    }

    @Test
    void makesATeaserOfPlainText() {
        assertEquals("Hello big world. Next & more <3",
                ShowNotes.teaser("<h2>Hello <b>big</b> world.</h2><p>Next&nbsp;&amp;\n more &lt;3<script>x()</script></p>"));
    }

    @Test
    void leavesTheTimestampsOutOfTheTeaser() {
        assertEquals("Links Thanks!", ShowNotes.teaser(NOTES_WITH_SECTION_PARAGRAPH));

        String teaser = ShowNotes.teaser(EPISODE_53);
        assertTrue(teaser.endsWith("https://www.wired.com/story/facebook-red-team-x-vulnerabilities/"), teaser);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "one two three | 20 | one two three",
        "one two three | 13 | one two three",
        "one two three | 12 | one two…",
        "one two three | 8  | one two…",
        "one, two three | 6 | one…",
        "abcdefghij | 5 | abcd…",
    })
    void cutsTheTeaserAtAWord(String html, int maxChars, String teaser) {
        assertEquals(teaser, ShowNotes.teaser(html, maxChars));
    }

    @Test
    void needsRoomForTheEllipsis() {
        assertThrows(IllegalArgumentException.class, () -> ShowNotes.teaser("text", 0));
    }
}
