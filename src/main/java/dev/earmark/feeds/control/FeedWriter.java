package dev.earmark.feeds.control;

import com.rometools.modules.content.ContentModuleImpl;
import com.rometools.modules.itunes.AbstractITunesObject;
import com.rometools.modules.itunes.EntryInformationImpl;
import com.rometools.modules.itunes.FeedInformationImpl;
import com.rometools.modules.itunes.types.Category;
import com.rometools.modules.itunes.types.Subcategory;
import com.rometools.modules.psc.modules.PodloveSimpleChapterModuleImpl;
import com.rometools.modules.psc.types.SimpleChapter;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.transcripts.entity.TranscriptFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * A show's podcast feed: RSS 2.0 with Apple's iTunes tags, Podlove Simple Chapters, {@code content:encoded} and the
 * Podcasting 2.0 namespace. ROME writes the channel, its items and modules; the {@code podcast:} tags go in as
 * foreign markup, and the document is finished by hand where ROME writes what feeds should not carry (see STACK.md:
 * the podcast namespace declared on every element, empty {@code itunes:owner} and {@code itunes:keywords}, a second
 * {@code dc:date}).
 */
public final class FeedWriter {

    public static final Namespace PODCAST = Namespace.getNamespace("podcast", "https://podcastindex.org/namespace/1.0");
    static final Namespace ITUNES = Namespace.getNamespace("itunes", AbstractITunesObject.URI);
    static final String CHAPTERS_TYPE = "application/json+chapters";
    private static final String GENERATOR = "Earmark";
    private static final String CAPTIONS_TYPE = "text/vtt";
    private static final int PEOPLE_NAME_MAX = 128;

    private final CatalogueLinks links = new CatalogueLinks();
    private final FeedAddresses addresses;

    public FeedWriter(FeedAddresses addresses) {
        this.addresses = addresses;
    }

    /** The feed as UTF-8 XML. */
    public byte[] write(FeedContent content) {
        Channel channel = channel(content);
        Document document;
        try {
            document = new WireFeedOutput().outputJDom(channel);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused a feed it was given whole", e);
        }
        finish(document.getRootElement());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).output(document, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Channel channel(FeedContent content) {
        Show show = content.show();
        Channel channel = new Channel("rss_2.0");
        String showPage = addresses.page(links.show(show));
        channel.setTitle(show.getTitle());
        channel.setLink(showPage);
        channel.setDescription(blankToElse(show.getDescription(), show.getTitle()));
        channel.setLanguage(show.getLanguage());
        channel.setCopyright(show.getCopyright());
        channel.setGenerator(GENERATOR);
        content.episodes().stream().map(FeedEpisode::episode).map(Episode::getPublishedAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(newest -> channel.setPubDate(Date.from(newest)));
        String artwork = show.getArtwork() == null ? null : addresses.file(links.artwork(show));
        if (artwork != null) {
            Image image = new Image();
            image.setUrl(artwork);
            image.setTitle(show.getTitle());
            image.setLink(showPage);
            channel.setImage(image);
        }
        FeedInformationImpl itunes = new FeedInformationImpl();
        itunes.setAuthor(show.getAuthor());
        itunes.setOwnerName(blankToElse(show.getOwnerName(), show.getAuthor()));
        itunes.setOwnerEmailAddress(show.getOwnerEmail());
        itunes.setExplicit(show.isExplicit());
        itunes.setBlock(show.isFeedBlocked());
        itunes.setType(show.getType().name().toLowerCase(Locale.ROOT));
        itunes.setNewFeedUrl(show.getNewFeedUrl());
        itunes.setImageUri(artwork);
        itunes.setSummary(show.getDescription());
        List<Category> categories = new ArrayList<>();
        for (AppleCategories.Placement placement : AppleCategories.placeAll(show.getCategories())) {
            Category category = new Category(placement.category());
            if (placement.subcategory() != null) {
                category.setSubcategory(new Subcategory(placement.subcategory()));
            }
            categories.add(category);
        }
        itunes.setCategories(categories);
        channel.getModules().add(itunes);

        List<Element> markup = new ArrayList<>();
        markup.add(podcast("guid").setText(content.feedGuid()));
        Element locked = podcast("locked").setText(show.isFeedLocked() ? "yes" : "no");
        if (show.getOwnerEmail() != null && !show.getOwnerEmail().isBlank()) {
            locked.setAttribute("owner", show.getOwnerEmail());
        }
        markup.add(locked);
        show.getPeople().forEach(person -> markup.add(person(person)));
        channel.setForeignMarkup(markup);

        channel.setItems(content.episodes().stream().map(this::item).toList());
        return channel;
    }

    private Item item(FeedEpisode feedEpisode) {
        Episode episode = feedEpisode.episode();
        Item item = new Item();
        item.setTitle(episode.getTitle());
        item.setLink(addresses.page(links.episode(episode)));
        Guid guid = new Guid();
        guid.setValue(episode.getGuid());
        guid.setPermaLink(false);
        item.setGuid(guid);
        if (episode.getPublishedAt() != null) {
            item.setPubDate(Date.from(episode.getPublishedAt()));
        }
        String notes = episode.getDerivedNotes().getHtml();
        if (notes != null && !notes.isBlank()) {
            Description description = new Description();
            description.setType("text/html");
            description.setValue(notes);
            item.setDescription(description);
            ContentModuleImpl content = new ContentModuleImpl();
            content.setEncodeds(List.of(notes));
            item.getModules().add(content);
        }
        enclosure(episode).ifPresent(enclosure -> item.setEnclosures(List.of(enclosure)));

        EntryInformationImpl itunes = new EntryInformationImpl();
        itunes.setTitle(episode.getTitle());
        itunes.setEpisodeType(episode.getEpisodeType().name().toLowerCase(Locale.ROOT));
        itunes.setSeason(episode.getSeason());
        itunes.setEpisode(episode.getNumber());
        itunes.setImageUri(episode.getImageUrl());
        String teaser = episode.getDerivedNotes().getSummary();
        if (teaser != null && !teaser.isBlank()) {
            itunes.setSubtitle(teaser);
        }
        List<Module> modules = new ArrayList<>(item.getModules());
        modules.add(itunes);
        if (!feedEpisode.chapters().isEmpty()) {
            PodloveSimpleChapterModuleImpl psc = new PodloveSimpleChapterModuleImpl();
            psc.setChapters(feedEpisode.chapters().stream().map(FeedWriter::simpleChapter).toList());
            modules.add(psc);
        }
        item.setModules(modules);

        List<Element> markup = new ArrayList<>();
        if (episode.getDurationSeconds() != null) {
            markup.add(new Element("duration", ITUNES).setText(FeedTimes.duration(episode.getDurationSeconds())));
        }
        transcripts(episode, markup);
        if (!feedEpisode.chapters().isEmpty()) {
            markup.add(podcast("chapters")
                    .setAttribute("url", addresses.file(Route.CHAPTERS.path(episode.getShow().getSlug(), episode.getId())))
                    .setAttribute("type", CHAPTERS_TYPE));
        }
        for (Soundbite soundbite : feedEpisode.soundbites()) {
            markup.add(podcast("soundbite")
                    .setAttribute("startTime", FeedTimes.seconds(soundbite.startMillis()))
                    .setAttribute("duration", FeedTimes.seconds(soundbite.durationMillis()))
                    .setText(soundbite.title()));
        }
        feedEpisode.people().forEach(person -> markup.add(person(person)));
        item.setForeignMarkup(markup);
        return item;
    }

    private Optional<Enclosure> enclosure(Episode episode) {
        Enclosure enclosure = new Enclosure();
        MediaFile file = episode.getAudioFile();
        if (file != null) {
            enclosure.setUrl(addresses.file(links.audio(episode)));
            enclosure.setType(withoutParameters(file.getMediaType()));
            enclosure.setLength(file.getLengthBytes());
        } else if (episode.getAudio() != null && episode.getAudio().getUrl() != null) {
            enclosure.setUrl(episode.getAudio().getUrl());
            enclosure.setType(blankToElse(episode.getAudio().getMediaType(), "audio/mpeg"));
            // RSS asks for a length; 0 is what publishers write when they do not know it.
            enclosure.setLength(episode.getAudio().getLengthBytes() == null ? 0 : episode.getAudio().getLengthBytes());
        } else {
            return Optional.empty();
        }
        return Optional.of(enclosure);
    }

    /** The stored file in its own format, and WebVTT captions made of it when it has times. */
    private void transcripts(Episode episode, List<Element> markup) {
        MediaFile file = episode.getTranscript();
        if (file == null) {
            return;
        }
        String type = TranscriptFormat.fromHint(file.getMediaType()).or(() -> TranscriptFormat.fromHint(file.getFileName()))
                .map(TranscriptFormat::mediaType).orElse(withoutParameters(file.getMediaType()));
        String language = episode.getShow().getLanguage();
        markup.add(podcast("transcript").setAttribute("url", addresses.file(links.transcript(episode)))
                .setAttribute("type", type).setAttribute("language", language));
        String captions = links.captions(episode);
        if (captions != null && !CAPTIONS_TYPE.equals(type)) {
            markup.add(podcast("transcript").setAttribute("url", addresses.file(captions))
                    .setAttribute("type", CAPTIONS_TYPE).setAttribute("language", language)
                    .setAttribute("rel", "captions"));
        }
    }

    private static SimpleChapter simpleChapter(Chapter chapter) {
        SimpleChapter simple = new SimpleChapter();
        simple.setStart(FeedTimes.chapterStart(chapter.getStartMillis()));
        simple.setTitle(chapter.getTitle());
        simple.setHref(chapter.getUrl());
        return simple;
    }

    private static Element person(Person person) {
        Element element = podcast("person").setText(truncate(person.getName(), PEOPLE_NAME_MAX));
        setIfPresent(element, "role", person.getRole());
        setIfPresent(element, "group", person.getGroup());
        setIfPresent(element, "img", person.getImageUrl());
        setIfPresent(element, "href", person.getHref());
        return element;
    }

    /**
     * What ROME writes that feeds should not carry: empty owner and keywords, the {@code dc:date} it repeats beside
     * pubDate, explicit as Apple now spells it, image sizes of -1; and the podcast namespace declared once, on the root.
     */
    private static void finish(Element rss) {
        rss.addNamespaceDeclaration(PODCAST);
        Element channel = rss.getChild("channel");
        Namespace dc = Namespace.getNamespace("dc", "http://purl.org/dc/elements/1.1/");
        List<Element> scopes = new ArrayList<>(channel.getChildren("item"));
        scopes.add(channel);
        for (Element scope : scopes) {
            scope.removeChildren("date", dc);
            for (Element keywords : scope.getChildren("keywords", ITUNES)) {
                if (keywords.getTextTrim().isEmpty()) {
                    scope.removeContent(keywords);
                    break;
                }
            }
            Element explicit = scope.getChild("explicit", ITUNES);
            if (explicit != null) {
                explicit.setText(switch (explicit.getTextTrim().toLowerCase(Locale.ROOT)) {
                    case "yes", "true", "explicit" -> "true";
                    default -> "false";
                });
            }
        }
        Element image = channel.getChild("image");
        if (image != null) {
            // ROME writes -1 for sizes it was not given; Earmark does not measure its artwork.
            image.getChildren().removeIf(size -> ("width".equals(size.getName()) || "height".equals(size.getName()))
                    && size.getTextTrim().startsWith("-"));
        }
        Element owner = channel.getChild("owner", ITUNES);
        if (owner != null && owner.getChildren().stream().allMatch(child -> child.getTextTrim().isEmpty())) {
            channel.removeContent(owner);
        } else if (owner != null) {
            owner.getChildren().removeIf(child -> child.getTextTrim().isEmpty());
        }
    }

    private static Element podcast(String name) {
        return new Element(name, PODCAST);
    }

    private static void setIfPresent(Element element, String attribute, String value) {
        if (value != null && !value.isBlank()) {
            element.setAttribute(attribute, value);
        }
    }

    private static String blankToElse(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String withoutParameters(String mediaType) {
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip();
    }
}
