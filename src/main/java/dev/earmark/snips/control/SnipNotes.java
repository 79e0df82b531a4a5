package dev.earmark.snips.control;

import dev.earmark.notes.control.ShowNotes;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A listener's note on a snip: Markdown, of which paragraphs, emphasis, code, links, lists and quotes are read.
 * Headings, images and HTML are not: what the listener typed as HTML shows as text, and the result passes the same
 * sanitiser as show notes, so no note can put anything else into a page.
 */
public final class SnipNotes {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class, FencedCodeBlock.class))
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();

    private SnipNotes() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return ShowNotes.toSafeHtml(RENDERER.render(PARSER.parse(markdown))).strip();
    }
}
