package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.opml.io.impl.OPML20Parser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jdom2.input.SAXBuilder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ShowsOpmlTest {

    private static final List<ShowsOpml.Subscription> SHOWS = List.of(
            new ShowsOpml.Subscription("Tea & Talk <live>", "https://earmark.example/feeds/tea.xml?token=abc_-1",
                    "https://earmark.example/shows/tea"),
            new ShowsOpml.Subscription("Zürich Stories", "https://earmark.example/feeds/zurich.xml",
                    "https://earmark.example/shows/zurich"));

    @Test
    void oneRssOutlinePerShowWithTextAsOpml2Requires() throws Exception {
        Document opml = parse(ShowsOpml.write("Earmark", Instant.parse("2026-01-02T03:04:05Z"), SHOWS));

        Element root = opml.getDocumentElement();
        assertEquals("opml", root.getTagName());
        assertEquals("2.0", root.getAttribute("version"));
        assertEquals("Earmark", text(root, "title"));
        assertTrue(text(root, "dateModified").startsWith("Fri, 02 Jan 2026"), text(root, "dateModified"));
        NodeList outlines = root.getElementsByTagName("outline");
        assertEquals(2, outlines.getLength());
        Element tea = (Element) outlines.item(0);
        assertEquals("rss", tea.getAttribute("type"));
        assertEquals("Tea & Talk <live>", tea.getAttribute("text"));
        assertEquals("Tea & Talk <live>", tea.getAttribute("title"));
        assertEquals("https://earmark.example/feeds/tea.xml?token=abc_-1", tea.getAttribute("xmlUrl"));
        assertEquals("https://earmark.example/shows/tea", tea.getAttribute("htmlUrl"));
        assertEquals("Zürich Stories", ((Element) outlines.item(1)).getAttribute("text"));
    }

    @Test
    void romesOwnOpml2ParserReadsItBack() throws Exception {
        byte[] file = ShowsOpml.write("Earmark", Instant.now(), SHOWS);
        Opml read = (Opml) new OPML20Parser().parse(new SAXBuilder().build(new ByteArrayInputStream(file)), true,
                Locale.ROOT);

        assertEquals("opml_2.0", read.getFeedType());
        List<Outline> outlines = read.getOutlines();
        assertEquals(2, outlines.size());
        assertEquals("https://earmark.example/feeds/zurich.xml", outlines.get(1).getXmlUrl());
        assertEquals("Zürich Stories", outlines.get(1).getText());
    }

    @Test
    void anEmptyCatalogueIsAnEmptyBody() throws Exception {
        Document opml = parse(ShowsOpml.write("Earmark", Instant.now(), List.of()));

        assertEquals(1, opml.getElementsByTagName("body").getLength());
        assertEquals(0, opml.getElementsByTagName("outline").getLength());
    }

    private static Document parse(byte[] file) throws Exception {
        assertTrue(new String(file, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    private static String text(Element root, String name) {
        return root.getElementsByTagName(name).item(0).getTextContent();
    }
}
