package dev.earmark.snips.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnipNotesTest {

    @Test
    void theMarkdownSubsetBecomesHtml() {
        String html = SnipNotes.toSafeHtml("**Key** point, *see* `code`:\n\n- one\n- two\n\n> quoted\n\n[link](https://example.org)");

        assertTrue(html.contains("<strong>Key</strong>"), html);
        assertTrue(html.contains("<em>see</em>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("<li>one</li>"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<a href=\"https://example.org\""), html);
        assertTrue(html.contains("nofollow"), html);
    }

    @Test
    void htmlAndScriptsAreText() {
        String html = SnipNotes.toSafeHtml("<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))");

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void headingsAndImagesAreNotRead() {
        String html = SnipNotes.toSafeHtml("# Big\n\n![alt](https://example.org/a.png)");

        assertFalse(html.contains("<h1"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("# Big"), html);
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", SnipNotes.toSafeHtml(null));
        assertEquals("", SnipNotes.toSafeHtml("  \n "));
    }
}
