package dev.earmark.feeds.control;

import com.rometools.modules.itunes.FeedInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.modules.itunes.types.Category;
import com.rometools.modules.itunes.types.Subcategory;
import com.rometools.modules.psc.modules.PodloveSimpleChapterModule;
import com.rometools.modules.psc.types.SimpleChapter;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ShowNotes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;

/**
 * Reads a podcast feed (RSS 2.0 with the iTunes, Podcasting 2.0, Podlove Simple Chapters, Media RSS and content
 * tags, or Atom) into {@link ParsedFeed}. ROME parses; what ROME's model does not keep (the podcast namespace, raw
 * dates and durations, media:content) is read from the same JDOM document. The XML is parsed with ROME's own
 * builder, which refuses any DOCTYPE and so every entity trick (XXE, billion laughs).
 */
public final class FeedReader {

    public static final int MAX_FEED_MEGABYTES = 20;
    public static final long MAX_FEED_BYTES = MAX_FEED_MEGABYTES * 1024L * 1024;
    /** Beyond this a feed is an archive dump or an attack; the first ones are read and the rest reported. */
    public static final int MAX_ITEMS = 10_000;

    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static final Set<String> PODCAST = Set.of("https://podcastindex.org/namespace/1.0",
            "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
            "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md/");
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int REASON_ADDRESS_MAX = 120;

    private FeedReader() {
    }

    /** @throws FeedRefusedException when the bytes are not a feed that can be read as a whole */
    public static ParsedFeed read(byte[] bytes) {
        if (bytes.length > MAX_FEED_BYTES) {
            throw new FeedRefusedException("feeds.import.error.tooLarge", MAX_FEED_MEGABYTES);
        }
        Document document = parse(bytes);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | IllegalArgumentException notAFeed) {
            throw new FeedRefusedException("feeds.import.error.notAFeed", document.getRootElement().getName());
        } catch (RuntimeException broken) {
            // ROME's converters fail on some malformed values with runtime exceptions of their own.
            throw new FeedRefusedException("feeds.import.error.unreadable", String.valueOf(broken.getMessage()));
        }
        return new FeedReader.Channel(document, feed).read();
    }

    private static Document parse(byte[] bytes) {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            return RomeBuilder.create().build(reader);
        } catch (JDOMException invalid) {
            String message = String.valueOf(invalid.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new FeedRefusedException("feeds.import.error.doctype");
            }
            throw new FeedRefusedException("feeds.import.error.notXml", shortened(message));
        } catch (IOException | RuntimeException unreadable) {
            throw new FeedRefusedException("feeds.import.error.notXml", shortened(String.valueOf(
                    unreadable.getMessage())));
        }
    }

    /** ROME's hardened builder (DOCTYPE disallowed, no external entities or DTDs), reached through its hook. */
    static final class RomeBuilder extends WireFeedInput {

        static SAXBuilder create() {
            return new RomeBuilder().createSAXBuilder();
        }
    }

    static String shortened(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= REASON_ADDRESS_MAX ? line : line.substring(0, REASON_ADDRESS_MAX - 1) + "…";
    }

    /** The reading of one feed: the document and ROME's model of it side by side. */
    private static final class Channel {

        private final Element root;
        private final Element channel;
        private final SyndFeed feed;
        private final List<Problem> notices = new ArrayList<>();

        Channel(Document document, SyndFeed feed) {
            this.root = document.getRootElement();
            Element rssChannel = root.getChild("channel", root.getNamespace());
            this.channel = rssChannel != null ? rssChannel : root;
            this.feed = feed;
        }

        ParsedFeed read() {
            String title = PlainText.line(feed.getTitle());
            if (title == null || title.isBlank()) {
                throw new FeedRefusedException("feeds.import.error.noTitle");
            }
            Optional<FeedInformation> itunes = Optional.ofNullable((FeedInformation) feed.getModule(ITunes.URI));
            Element owner = child(channel, ITUNES, "owner");
            String nextPage = atomLink(channel, "next");
            if (nextPage != null) {
                notices.add(Problem.of("feeds.import.notice.paged", nextPage));
            }
            String newFeedUrl = text(channel, ITUNES, "new-feed-url");
            if (newFeedUrl != null) {
                notices.add(Problem.of("feeds.import.notice.moved", newFeedUrl));
            }
            return new ParsedFeed(cut(title, Show.TITLE_MAX), showDescription(itunes), channelLink(),
                    channelImage(itunes), cut(PlainText.line(itunes.map(ITunes::getAuthor)
                            .orElse(feed.getAuthor())), Show.AUTHOR_MAX),
                    owner == null ? null : cut(PlainText.line(text(owner, ITUNES, "name")), Show.AUTHOR_MAX),
                    owner == null ? null : emailOrNull(text(owner, ITUNES, "email")),
                    categories(itunes), explicit(text(channel, ITUNES, "explicit")), language(feed.getLanguage()),
                    "serial".equalsIgnoreCase(text(channel, ITUNES, "type")) ? ShowType.SERIAL : ShowType.EPISODIC,
                    http(newFeedUrl), cut(feed.getCopyright(), Show.COPYRIGHT_MAX), podcastText(channel, "guid"),
                    locked(), people(channel), nextPage, items(), notices);
        }

        /** ROME gives an Atom feed's first link, which is often its own address ("self"), not its page. */
        private String channelLink() {
            if (root.getName().equals("feed")) {
                String alternate = atomLink(root, "alternate");
                if (alternate != null) {
                    return alternate;
                }
            }
            return http(feed.getLink());
        }

        private String showDescription(Optional<FeedInformation> itunes) {
            String html = feed.getDescription();
            if (html == null || html.isBlank()) {
                html = itunes.map(ITunes::getSummary).orElse(null);
            }
            String text = html == null ? null : PlainText.lines(html);
            return text == null || text.isEmpty() ? null : ShowNotes.shortened(text, Show.DESCRIPTION_MAX);
        }

        private String channelImage(Optional<FeedInformation> itunes) {
            Element image = child(channel, ITUNES, "image");
            if (image != null && http(image.getAttributeValue("href")) != null) {
                return http(image.getAttributeValue("href"));
            }
            return feed.getImage() == null ? http(itunes.map(ITunes::getImageUri).orElse(null))
                    : http(feed.getImage().getUrl());
        }

        private static List<String> categories(Optional<FeedInformation> itunes) {
            Set<String> names = new LinkedHashSet<>();
            for (Category category : itunes.map(FeedInformation::getCategories).orElse(List.of())) {
                addCategory(names, category.getName());
                for (Subcategory sub : category.getSubcategories()) {
                    addCategory(names, sub.getName());
                }
            }
            return List.copyOf(names);
        }

        private static void addCategory(Set<String> names, String name) {
            String plain = PlainText.line(name);
            if (plain != null && !plain.isBlank()) {
                names.add(cut(plain, Show.CATEGORY_MAX));
            }
        }

        private Boolean locked() {
            String value = podcastText(channel, "locked");
            return value == null ? null : "yes".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value);
        }

        private List<ParsedItem> items() {
            List<SyndEntry> entries = feed.getEntries();
            List<Element> elements = itemElements();
            if (entries.size() > MAX_ITEMS) {
                notices.add(Problem.of("feeds.import.notice.tooManyItems", entries.size(), MAX_ITEMS));
            }
            List<ParsedItem> items = new ArrayList<>();
            for (int index = 0; index < Math.min(entries.size(), MAX_ITEMS); index++) {
                // ROME keeps the items' order; the raw element is only trusted when the counts agree.
                Element element = elements.size() == entries.size() ? elements.get(index) : new Element("item");
                items.add(new Item(index + 1, entries.get(index), element, root.getName().equals("feed")).read());
            }
            return items;
        }

        private List<Element> itemElements() {
            if (root.getName().equals("feed")) {
                return root.getChildren("entry", root.getNamespace());
            }
            List<Element> items = new ArrayList<>(channel.getChildren("item", channel.getNamespace()));
            if (items.isEmpty()) {
                // RSS 1.0 has its items beside the channel, in its own namespace.
                root.getChildren().stream().filter(child -> child.getName().equals("item")).forEach(items::add);
            }
            return items;
        }
    }

    /** The reading of one item. */
    private static final class Item {

        private final int position;
        private final SyndEntry entry;
        private final Element element;
        private final boolean atom;
        private final List<Problem> warnings = new ArrayList<>();

        Item(int position, SyndEntry entry, Element element, boolean atom) {
            this.position = position;
            this.entry = entry;
            this.element = element;
            this.atom = atom;
        }

        ParsedItem read() {
            String guid = guid();
            String title = PlainText.line(entry.getTitle());
            if (title == null || title.isBlank()) {
                title = PlainText.line(text(element, ITUNES, "title"));
            }
            Optional<Problem> refusal = Optional.empty();
            if (title == null || title.isBlank()) {
                refusal = Optional.of(Problem.of("feeds.import.skip.noTitle"));
            } else if (title.length() > Episode.TITLE_MAX) {
                title = ShowNotes.shortened(title, Episode.TITLE_MAX);
            }
            AudioEnclosure audio = audio();
            if (refusal.isEmpty() && audio == null) {
                refusal = Optional.of(firstRefusedAddress()
                        .map(address -> Problem.of("feeds.import.skip.badEnclosure", address))
                        .orElse(Problem.of("feeds.import.skip.noAudio")));
            }
            if (refusal.isEmpty() && guid != null && guid.length() > Episode.GUID_MAX) {
                refusal = Optional.of(Problem.of("feeds.import.skip.guidTooLong", Episode.GUID_MAX));
            }
            Element itunesImage = child(element, ITUNES, "image");
            return new ParsedItem(position, guid, title, http(entry.getLink()), notes(), publishedAt(), duration(),
                    positive(text(element, ITUNES, "season")), positiveOrZero(text(element, ITUNES, "episode")),
                    episodeType(text(element, ITUNES, "episodeType")),
                    itunesImage == null ? null : http(itunesImage.getAttributeValue("href")), audio, chapters(),
                    uri(podcastAttribute(element, "chapters", "url")), transcripts(), people(element), refusal,
                    warnings);
        }

        private String guid() {
            String raw = atom ? entry.getUri() : text(element, null, "guid");
            return raw == null || raw.isBlank() ? null : raw.strip();
        }

        /** {@code content:encoded} when there is some, else the description, else {@code itunes:summary}. */
        private String notes() {
            String html = entry.getContents().stream().map(SyndContent::getValue)
                    .filter(value -> value != null && !value.isBlank()).findFirst()
                    .orElse(entry.getDescription() == null ? null : entry.getDescription().getValue());
            if (html == null || html.isBlank()) {
                html = text(element, ITUNES, "summary");
            }
            if (html != null && html.length() > Episode.DESCRIPTION_MAX) {
                warnings.add(Problem.of("feeds.import.warn.notesCut", Episode.DESCRIPTION_MAX));
                html = html.substring(0, Episode.DESCRIPTION_MAX);
            }
            return html == null || html.isBlank() ? null : html.strip();
        }

        /**
         * The feed's date, read by our own rules first (they take more broken forms), then by ROME's. An item whose
         * date cannot be read is still imported, without the feed's date, and the report says so.
         */
        private Instant publishedAt() {
            String raw = atom ? firstText(element, ATOM, "published", "updated") : text(element, null, "pubDate");
            if (raw == null) {
                raw = text(element, "http://purl.org/dc/elements/1.1/", "date");
            }
            Optional<Instant> ours = FeedDates.parse(raw);
            if (ours.isPresent()) {
                return ours.get();
            }
            if (entry.getPublishedDate() != null) {
                return entry.getPublishedDate().toInstant();
            }
            if (raw != null) {
                warnings.add(Problem.of("feeds.import.warn.badDate", shortened(raw)));
            }
            return null;
        }

        private Integer duration() {
            String raw = text(element, ITUNES, "duration");
            if (raw == null) {
                return null;
            }
            Optional<Integer> seconds = Durations.seconds(raw);
            if (seconds.isEmpty()) {
                warnings.add(Problem.of("feeds.import.warn.badDuration", shortened(raw)));
            }
            return seconds.orElse(null);
        }

        /** The first http(s) enclosure, else the first http(s) {@code media:content} (also inside media:group). */
        private AudioEnclosure audio() {
            for (SyndEnclosure enclosure : entry.getEnclosures()) {
                String url = http(enclosure.getUrl());
                if (url != null) {
                    return new AudioEnclosure(url, mediaType(enclosure.getType()),
                            enclosure.getLength() > 0 ? enclosure.getLength() : null);
                }
            }
            for (Element content : mediaContents()) {
                String url = http(content.getAttributeValue("url"));
                if (url != null) {
                    return new AudioEnclosure(url, mediaType(content.getAttributeValue("type")),
                            positiveLong(content.getAttributeValue("fileSize")));
                }
            }
            return null;
        }

        private Optional<String> firstRefusedAddress() {
            List<String> addresses = new ArrayList<>();
            entry.getEnclosures().forEach(enclosure -> addresses.add(enclosure.getUrl()));
            mediaContents().forEach(content -> addresses.add(content.getAttributeValue("url")));
            return addresses.stream().filter(address -> address != null && !address.isBlank())
                    .map(FeedReader::shortened).findFirst();
        }

        private List<Element> mediaContents() {
            Namespace media = Namespace.getNamespace(MEDIA);
            List<Element> contents = new ArrayList<>(element.getChildren("content", media));
            element.getChildren("group", media).forEach(group -> contents.addAll(group.getChildren("content", media)));
            if (atom) {
                element.getChildren("link", Namespace.getNamespace(ATOM)).stream()
                        .filter(link -> "enclosure".equals(link.getAttributeValue("rel")))
                        .map(link -> new Element("content").setAttribute("url", link.getAttributeValue("href", ""))
                                .setAttribute("type", link.getAttributeValue("type", "")))
                        .forEach(contents::add);
            }
            return contents;
        }

        private List<ChapterMark> chapters() {
            PodloveSimpleChapterModule psc = (PodloveSimpleChapterModule) entry
                    .getModule(PodloveSimpleChapterModule.URI);
            if (psc == null || psc.getChapters() == null) {
                return List.of();
            }
            List<ChapterMark> marks = new ArrayList<>();
            Set<Long> starts = new HashSet<>();
            for (SimpleChapter chapter : psc.getChapters()) {
                Optional<Long> start = Durations.millis(chapter.getStart());
                String title = PlainText.line(chapter.getTitle());
                if (start.isEmpty() || title == null || title.isBlank() || !starts.add(start.get())) {
                    warnings.add(Problem.of("feeds.import.warn.badChapter", shortened(chapter.getStart())));
                    continue;
                }
                marks.add(new ChapterMark(start.get(), ShowNotes.shortened(title, Chapter.TITLE_MAX),
                        http(chapter.getHref())));
            }
            marks.sort(Comparator.comparingLong(ChapterMark::startMillis));
            return marks;
        }

        private List<ParsedItem.TranscriptLink> transcripts() {
            List<ParsedItem.TranscriptLink> links = new ArrayList<>();
            for (Element transcript : podcastChildren(element, "transcript")) {
                URI url = uri(transcript.getAttributeValue("url"));
                if (url != null) {
                    links.add(new ParsedItem.TranscriptLink(url, transcript.getAttributeValue("type"),
                            transcript.getAttributeValue("language")));
                }
            }
            return links;
        }
    }

    // Reading helpers shared by channel and items.

    static Element child(Element parent, String namespace, String name) {
        return namespace == null ? parent.getChild(name) : parent.getChild(name, Namespace.getNamespace(namespace));
    }

    static String text(Element parent, String namespace, String name) {
        Element child = child(parent, namespace, name);
        String value = child == null ? null : child.getTextTrim();
        return value == null || value.isEmpty() ? null : value;
    }

    private static String firstText(Element parent, String namespace, String... names) {
        for (String name : names) {
            String value = text(parent, namespace, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The podcast namespace's elements under any of its URIs. */
    static List<Element> podcastChildren(Element parent, String name) {
        return parent.getChildren().stream()
                .filter(child -> child.getName().equals(name) && PODCAST.contains(child.getNamespaceURI()))
                .toList();
    }

    private static String podcastText(Element parent, String name) {
        return podcastChildren(parent, name).stream().map(Element::getTextTrim).filter(text -> !text.isEmpty())
                .findFirst().orElse(null);
    }

    private static String podcastAttribute(Element parent, String name, String attribute) {
        return podcastChildren(parent, name).stream().map(child -> child.getAttributeValue(attribute))
                .filter(value -> value != null && !value.isBlank()).findFirst().orElse(null);
    }

    static List<Person> people(Element parent) {
        List<Person> people = new ArrayList<>();
        for (Element person : podcastChildren(parent, "person")) {
            String name = PlainText.line(person.getTextTrim());
            if (name != null && !name.isBlank()) {
                people.add(new Person(cut(name, Person.NAME_MAX),
                        cut(lower(person.getAttributeValue("role")), Person.ROLE_MAX),
                        cut(lower(person.getAttributeValue("group")), Person.ROLE_MAX),
                        http(person.getAttributeValue("img")), http(person.getAttributeValue("href"))));
            }
        }
        return people;
    }

    private static String atomLink(Element parent, String rel) {
        return parent.getChildren("link", Namespace.getNamespace(ATOM)).stream()
                .filter(link -> rel.equals(link.getAttributeValue("rel")))
                .map(link -> http(link.getAttributeValue("href"))).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** An absolute http(s) address of at most 2,000 characters, else null: no other scheme reaches the catalogue. */
    static String http(String address) {
        URI uri = uri(address);
        return uri == null ? null : uri.toString();
    }

    private static URI uri(String address) {
        if (address == null || address.isBlank() || address.strip().length() > Episode.URL_MAX) {
            return null;
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    static Boolean explicit(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "explicit" -> Boolean.TRUE;
            case "no", "false", "clean" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = language.strip().replace('_', '-');
        return tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") && tag.length() <= Show.LANGUAGE_MAX
                ? tag.toLowerCase(Locale.ROOT) : null;
    }

    private static EpisodeType episodeType(String value) {
        if (value == null) {
            return EpisodeType.FULL;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "trailer" -> EpisodeType.TRAILER;
            case "bonus" -> EpisodeType.BONUS;
            default -> EpisodeType.FULL;
        };
    }

    private static String mediaType(String type) {
        return type == null || type.isBlank() ? null : cut(type.strip(), AudioEnclosure.MEDIA_TYPE_MAX);
    }

    private static String emailOrNull(String email) {
        return email != null && email.length() <= Show.EMAIL_MAX && email.matches("[^@\\s<>]+@[^@\\s<>]+")
                ? email : null;
    }

    private static Integer positive(String text) {
        Integer value = integer(text);
        return value != null && value > 0 ? value : null;
    }

    private static Integer positiveOrZero(String text) {
        Integer value = integer(text);
        return value != null && value >= 0 ? value : null;
    }

    private static Integer integer(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static Long positiveLong(String text) {
        return text == null || !text.strip().matches("\\d{1,18}") ? null : Long.valueOf(text.strip());
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return value.length() <= max ? value : value.substring(0, max);
    }
}
