package dev.earmark.player.control;

import dev.earmark.platform.control.InvalidParameterException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An oEmbed answer (oembed.com, type "rich") for an Earmark page: the player as an iframe, sized
 * to the consumer's maxwidth/maxheight. Renders as JSON (through JSON-B, as a map) or XML.
 */
public record OEmbed(String title, String authorName, String providerName, String providerUrl, String embedUrl,
        String iframeTitle, int width, int height) {

    /** How long consumers may cache an answer, in seconds. */
    static final int CACHE_AGE = 3600;

    /** The JDK's own writer, so the answer reads the same on every server, whichever StAX library it brings. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    /** The default size shrunk to what the consumer allows; a player is never larger than asked. */
    public static OEmbed sized(String title, String authorName, String providerName, String providerUrl,
            String embedUrl, String iframeTitle, int defaultHeight, OptionalInt maxWidth, OptionalInt maxHeight) {
        int width = Math.min(EmbedSnippets.WIDTH, maxWidth.orElse(Integer.MAX_VALUE));
        int height = Math.min(defaultHeight, maxHeight.orElse(Integer.MAX_VALUE));
        return new OEmbed(title, authorName, providerName, providerUrl, embedUrl, iframeTitle, width, height);
    }

    public String html() {
        return EmbedSnippets.iframe(embedUrl, iframeTitle, width, height);
    }

    /** The answer's fields in the spec's names and order; absent optional fields are left out. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", "1.0");
        fields.put("type", "rich");
        fields.put("title", title);
        if (authorName != null && !authorName.isBlank()) {
            fields.put("author_name", authorName);
        }
        fields.put("provider_name", providerName);
        fields.put("provider_url", providerUrl);
        fields.put("cache_age", CACHE_AGE);
        fields.put("html", html());
        fields.put("width", width);
        fields.put("height", height);
        return fields;
    }

    /**
     * The answer as XML, written by an XML writer. The declaration is written by hand: the writer cannot say
     * {@code standalone="yes"}, which the spec's examples carry.
     */
    public String xml() {
        StringWriter out = new StringWriter().append("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n");
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartElement("oembed");
            xml.writeCharacters("\n");
            for (Map.Entry<String, Object> field : fields().entrySet()) {
                xml.writeCharacters("  ");
                xml.writeStartElement(field.getKey());
                writeText(xml, String.valueOf(field.getValue()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException impossibleOnAStringWriter) {
            throw new IllegalStateException(impossibleOnAStringWriter);
        }
        return out.toString();
    }

    /**
     * Text without what XML 1.0 cannot carry at all, even escaped (control characters such as U+0001 in a title,
     * unpaired surrogates), which writers pass through and which would make the whole answer unreadable. Quotes
     * become entities as well, as the answer has always written them.
     */
    private static void writeText(XMLStreamWriter xml, String text) throws XMLStreamException {
        StringBuilder run = new StringBuilder(text.length());
        for (int codePoint : text.codePoints().toArray()) {
            if (codePoint == '"') {
                xml.writeCharacters(run.toString());
                run.setLength(0);
                xml.writeEntityRef("quot");
            } else if (isXmlCharacter(codePoint)) {
                run.appendCodePoint(codePoint);
            }
        }
        xml.writeCharacters(run.toString());
    }

    private static boolean isXmlCharacter(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || codePoint >= 0x10000;
    }

    /** A maxwidth/maxheight parameter: absent, or a positive whole number. */
    public static OptionalInt dimension(String name, String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed > 0) {
                return OptionalInt.of(parsed);
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like zero
        }
        throw new InvalidParameterException("error.oembed.dimension", name, value);
    }
}
