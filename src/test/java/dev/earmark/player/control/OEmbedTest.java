package dev.earmark.player.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.platform.control.InvalidParameterException;
import java.io.StringReader;
import java.util.OptionalInt;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class OEmbedTest {

    private static OEmbed answer(OptionalInt maxWidth, OptionalInt maxHeight) {
        return OEmbed.sized("Ep <1> & \"2\"", "Author", "Earmark", "https://e.example/earmark/",
                "https://e.example/earmark/embed/episodes/7", "Earmark player: Ep", EmbedSnippets.EPISODE_HEIGHT,
                maxWidth, maxHeight);
    }

    @Test
    void defaultSizeShrinksToTheConsumersMaximum() {
        OEmbed full = answer(OptionalInt.empty(), OptionalInt.empty());
        assertEquals(EmbedSnippets.WIDTH, full.width());
        assertEquals(EmbedSnippets.EPISODE_HEIGHT, full.height());
        OEmbed small = answer(OptionalInt.of(320), OptionalInt.of(180));
        assertEquals(320, small.width());
        assertEquals(180, small.height());
        OEmbed roomy = answer(OptionalInt.of(2000), OptionalInt.of(2000));
        assertEquals(EmbedSnippets.WIDTH, roomy.width());
    }

    @Test
    void richTypeWithALazyTitledIframe() {
        OEmbed answer = answer(OptionalInt.empty(), OptionalInt.empty());
        assertEquals("rich", answer.fields().get("type"));
        assertEquals("1.0", answer.fields().get("version"));
        assertEquals("<iframe src=\"https://e.example/earmark/embed/episodes/7\" title=\"Earmark player: Ep\" width=\"640\""
                + " height=\"400\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>", answer.html());
    }

    @Test
    void xmlEscapesEveryValue() {
        String xml = answer(OptionalInt.empty(), OptionalInt.empty()).xml();
        assertTrue(xml.contains("<title>Ep &lt;1&gt; &amp; &quot;2&quot;</title>"), xml);
        assertTrue(xml.contains("<html>&lt;iframe src=&quot;https://e.example/earmark/embed/episodes/7&quot;"), xml);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<oembed>"), xml);
    }

    @Test
    void controlCharactersInATitleCannotBreakTheXml() throws Exception {
        OEmbed answer = OEmbed.sized("Bell\u0007 \u0000tab\tform\u000Cfeed \uD800 <b> & \uD83C\uDF99", "Author\u001B",
                "Earmark", "https://e.example/earmark/", "https://e.example/earmark/embed/episodes/7", "Earmark player\u0001",
                EmbedSnippets.EPISODE_HEIGHT, OptionalInt.empty(), OptionalInt.empty());

        Element oembed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(answer.xml()))).getDocumentElement();

        assertEquals("oembed", oembed.getTagName());
        assertEquals("Bell tab\tformfeed  <b> & \uD83C\uDF99", text(oembed, "title"));
        assertEquals("Author", text(oembed, "author_name"));
        assertEquals("rich", text(oembed, "type"));
        assertEquals(answer.html().replace("\u0001", ""), text(oembed, "html"));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    @Test
    void dimensionsArePositiveWholeNumbers() {
        assertEquals(OptionalInt.empty(), OEmbed.dimension("maxwidth", null));
        assertEquals(OptionalInt.of(300), OEmbed.dimension("maxwidth", " 300 "));
        assertThrows(InvalidParameterException.class, () -> OEmbed.dimension("maxwidth", "0"));
        assertThrows(InvalidParameterException.class, () -> OEmbed.dimension("maxheight", "tall"));
    }

    @Test
    void scriptSnippetLoadsTheWidgetOnce() {
        assertEquals("<script src=\"https://e.example/earmark/widget.js\" async></script>\n"
                + "<earmark-player episode=\"7\"></earmark-player>",
                EmbedSnippets.script("https://e.example/earmark/widget.js", 7));
    }
}
