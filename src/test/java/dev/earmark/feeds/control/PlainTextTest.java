package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void dropsTagsAndScriptsAndDecodesEntities() {
        assertEquals("Fish & Chips <3 a", PlainText.line(
                "<script>alert('x')</script><style>p{}</style>Fish &amp; <b>Chips</b> &lt;3\n  a"));
    }

    @Test
    void keepsALinePerParagraphForTranscripts() {
        assertEquals("Host: Hello.\nGuest: Hi!", PlainText.lines("<p>Host: Hello.</p><p>Guest: <i>Hi!</i></p>"));
    }
}
