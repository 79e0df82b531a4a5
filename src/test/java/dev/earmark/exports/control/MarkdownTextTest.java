package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {

    private static final Parser PARSER = Parser.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {ExportedSnips.HOSTILE, "> not a quote", "- not an item", "+ nor this", "1. nor a number",
            "12) nor this", "# no heading", "---", "***", "===", "    no code", "`code`", "<div>html</div>",
            "[x]: https://reference.example", "line one\nline two\n\n- item", "| a | b |"})
    void hostileTextIsOneParagraphOfExactlyItsText(String hostile) {
        Node document = PARSER.parse(MarkdownText.escape(hostile));
        Node paragraph = document.getFirstChild();
        assertInstanceOf(Paragraph.class, paragraph, hostile);
        assertNull(paragraph.getNext(), "one block only: " + hostile);
        StringBuilder text = new StringBuilder();
        for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
            assertInstanceOf(Text.class, inline, "no markup from " + hostile);
            text.append(((Text) inline).getLiteral());
        }
        assertEquals(hostile.replaceAll("\\s+", " ").strip(), text.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"see https://evil.example/x", "at www.evil.example today", "#tag", "==mark==", "$x$",
            "%%hidden%%", "^block", "write to ada@evil.example"})
    void whatObsidianOrGithubWouldTurnIntoLinksTagsOrMarksIsEscaped(String text) {
        String escaped = MarkdownText.escape(text);
        assertFalse(escaped.matches(".*(?<!\\\\)(://|[#=$%^@]).*") || escaped.contains("www."), escaped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain words, with a comma.", "Nora's 3 ideas (and more)", "Zürich – 東京"})
    void ordinaryTextStaysReadable(String text) {
        assertEquals(text, MarkdownText.escape(text));
        assertTrue(MarkdownText.escape("a\tb\n c").equals("a b c"));
    }
}
