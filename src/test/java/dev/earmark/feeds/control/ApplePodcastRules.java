package dev.earmark.feeds.control;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The RSS and iTunes rules Apple Podcasts publishes for a show's feed ("Podcast RSS feed requirements"), as a
 * checker that lists each rule a feed breaks: the channel's required tags (title, link, language, description,
 * {@code itunes:image} with an href, {@code itunes:category} from Apple's list, {@code itunes:explicit} true or
 * false, {@code itunes:author}, {@code itunes:owner}), each item's title, enclosure (url, length, type of audio or
 * video) and guid, RFC 822 dates, {@code itunes:duration} as seconds or [HH:]MM:SS, and the RSS image's url, title
 * and link. Apple wants artwork of 1400 to 3000 pixels square; a feed cannot say, so that is not checked.
 */
public final class ApplePodcastRules {

    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private static final Pattern DURATION = Pattern.compile("\\d+|(\\d+:)?[0-5]?\\d:[0-5]\\d");
    private static final Set<String> EXPLICIT = Set.of("true", "false");
    private static final Set<String> EPISODE_TYPES = Set.of("full", "trailer", "bonus");
    private static final Set<String> SHOW_TYPES = Set.of("episodic", "serial");

    private final List<String> broken = new ArrayList<>();

    private ApplePodcastRules() {
    }

    /** The rules the feed breaks, each as a line naming the place; empty for a feed Apple would take. */
    public static List<String> check(byte[] feed) {
        ApplePodcastRules rules = new ApplePodcastRules();
        rules.checkFeed(parse(feed));
        return rules.broken;
    }

    private void checkFeed(Document document) {
        Element rss = document.getDocumentElement();
        require("rss".equals(rss.getTagName()) && "2.0".equals(rss.getAttribute("version")), "root is not RSS 2.0");
        Element channel = child(rss, null, "channel");
        if (channel == null) {
            broken.add("no channel");
            return;
        }
        for (String tag : List.of("title", "link", "language", "description")) {
            requireText(channel, null, tag, "channel");
        }
        Element image = child(channel, ITUNES, "image");
        require(image != null && image.getAttribute("href").startsWith("http"), "channel: itunes:image href missing");
        List<Element> categories = children(channel, ITUNES, "category");
        require(!categories.isEmpty(), "channel: itunes:category missing");
        for (Element category : categories) {
            String text = category.getAttribute("text");
            require(AppleCategories.place(text).filter(placed -> placed.category().equals(text)).isPresent(),
                    "channel: itunes:category '" + text + "' is not one of Apple's");
            for (Element sub : children(category, ITUNES, "category")) {
                require(AppleCategories.place(text + ">" + sub.getAttribute("text"))
                        .filter(placed -> sub.getAttribute("text").equals(placed.subcategory())).isPresent(),
                        "channel: itunes:category '" + text + "' has no subcategory '" + sub.getAttribute("text") + "'");
            }
        }
        requireOneOf(channel, "explicit", EXPLICIT, "channel");
        requireText(channel, ITUNES, "author", "channel");
        Element owner = child(channel, ITUNES, "owner");
        require(owner != null && text(owner, ITUNES, "email") != null, "channel: itunes:owner with email missing");
        String type = text(channel, ITUNES, "type");
        require(type == null || SHOW_TYPES.contains(type), "channel: itunes:type '" + type + "'");
        Element rssImage = child(channel, null, "image");
        if (rssImage != null) {
            for (String tag : List.of("url", "title", "link")) {
                requireText(rssImage, null, tag, "channel image");
            }
        }
        date(channel, "pubDate", "channel");
        date(channel, "lastBuildDate", "channel");
        int position = 0;
        for (Element item : children(channel, null, "item")) {
            checkItem(item, "item " + ++position);
        }
    }

    private void checkItem(Element item, String where) {
        requireText(item, null, "title", where);
        Element enclosure = child(item, null, "enclosure");
        if (enclosure == null) {
            broken.add(where + ": enclosure missing");
        } else {
            require(enclosure.getAttribute("url").matches("https?://\\S+"), where + ": enclosure url");
            require(enclosure.getAttribute("length").matches("\\d+"), where + ": enclosure length");
            require(enclosure.getAttribute("type").matches("(audio|video)/[\\w.+-]+")
                    || enclosure.getAttribute("type").equals("application/pdf"), where + ": enclosure type");
        }
        requireText(item, null, "guid", where);
        date(item, "pubDate", where);
        String duration = text(item, ITUNES, "duration");
        require(duration == null || DURATION.matcher(duration).matches(), where + ": itunes:duration '" + duration + "'");
        String explicit = text(item, ITUNES, "explicit");
        require(explicit == null || EXPLICIT.contains(explicit), where + ": itunes:explicit '" + explicit + "'");
        String episodeType = text(item, ITUNES, "episodeType");
        require(episodeType == null || EPISODE_TYPES.contains(episodeType), where + ": itunes:episodeType");
        for (String number : List.of("episode", "season")) {
            String value = text(item, ITUNES, number);
            require(value == null || value.matches("[1-9]\\d*|0"), where + ": itunes:" + number + " '" + value + "'");
        }
    }

    private void date(Element parent, String tag, String where) {
        String value = text(parent, null, tag);
        if (value != null) {
            try {
                ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            } catch (DateTimeParseException notRfc822) {
                broken.add(where + ": " + tag + " '" + value + "' is not RFC 822");
            }
        }
    }

    private void requireText(Element parent, String namespace, String tag, String where) {
        String value = text(parent, namespace, tag);
        require(value != null && !value.isBlank(), where + ": " + (namespace == null ? "" : "itunes:") + tag + " missing");
    }

    private void requireOneOf(Element parent, String tag, Set<String> values, String where) {
        String value = text(parent, ITUNES, tag);
        require(value != null && values.contains(value), where + ": itunes:" + tag + " '" + value + "'");
    }

    private void require(boolean holds, String rule) {
        if (!holds) {
            broken.add(rule);
        }
    }

    /** The text of the first child element of that name, null when there is none; {@code namespace} null for RSS's own. */
    public static String text(Element parent, String namespace, String tag) {
        Element child = child(parent, namespace, tag);
        return child == null ? null : child.getTextContent().strip();
    }

    public static Element child(Element parent, String namespace, String tag) {
        List<Element> found = children(parent, namespace, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The child elements of that name; none of a null parent. */
    public static List<Element> children(Element parent, String namespace, String tag) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && tag.equals(element.getLocalName())
                    && Objects.equals(namespace, element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    /** A feed as a namespace-aware DOM; a DOCTYPE is refused. */
    public static Document parse(byte[] feed) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        } catch (Exception notXml) {
            throw new AssertionError("not well-formed XML: " + notXml.getMessage(), notXml);
        }
    }
}
