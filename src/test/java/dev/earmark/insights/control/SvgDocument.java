package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A chart's markup read by the JDK's XML parser (namespace-aware, no DTDs): it must be well-formed to be read at all. */
final class SvgDocument {

    final Document document;
    final Element root;

    private SvgDocument(Document document) {
        this.document = document;
        this.root = document.getDocumentElement();
    }

    static SvgDocument parse(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new SvgDocument(factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup))));
        } catch (ParserConfigurationException | SAXException | IOException notXml) {
            throw new AssertionError("not well-formed XML: " + notXml.getMessage() + "\n" + markup, notXml);
        }
    }

    List<Element> elements(String localName) {
        NodeList nodes = document.getElementsByTagNameNS(Svg.NAMESPACE, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Every element in the document, the root included. */
    List<Element> allElements() {
        NodeList nodes = document.getElementsByTagName("*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The SVG image as assistive technology meets it: named by its title and described by its desc, by id. */
    void assertIsAnAccessibleImage(String title) {
        assertEquals("svg", root.getLocalName());
        assertEquals(Svg.NAMESPACE, root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
        assertEquals(2, labelledBy.length);
        Element titleElement = byId(labelledBy[0]);
        assertEquals("title", titleElement.getLocalName());
        assertEquals(title, titleElement.getTextContent());
        assertEquals("desc", byId(labelledBy[1]).getLocalName());
        assertFalse(byId(labelledBy[1]).getTextContent().isBlank());
    }

    /** No coordinate or any other attribute says NaN or Infinity, and no element is a script or carries a style. */
    void assertNothingUndrawableOrActive() {
        for (Element element : allElements()) {
            assertFalse(List.of("script", "foreignObject", "style").contains(element.getLocalName()), element.getLocalName());
            assertEquals(Svg.NAMESPACE, element.getNamespaceURI(), "every element is SVG's: " + element.getTagName());
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                assertFalse(attribute.getNodeName().equals("style"), "no inline style");
                assertFalse(attribute.getNodeName().startsWith("on"), "no event handler: " + attribute.getNodeName());
                assertFalse(attribute.getNodeValue().contains("NaN") || attribute.getNodeValue().contains("Infinity"),
                        attribute.getNodeName() + "=" + attribute.getNodeValue());
            }
        }
    }

    Element byId(String id) {
        return allElements().stream().filter(element -> id.equals(element.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no element #" + id));
    }

    /** The numbers of a polyline's points, as x, y pairs. */
    static List<double[]> points(Element polyline) {
        List<double[]> points = new ArrayList<>();
        for (String pair : polyline.getAttribute("points").split(" ")) {
            String[] xy = pair.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        assertTrue(points.stream().allMatch(point -> Double.isFinite(point[0]) && Double.isFinite(point[1])));
        return points;
    }
}
