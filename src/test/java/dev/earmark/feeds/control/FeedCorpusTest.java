package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Person;
import dev.earmark.notes.control.ChapterMark;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every feed of the corpus (src/test/resources/feeds/corpus: feeds written after what hosting platforms and
 * generators emit) read, and compared with its sidecar {@code name.expected.properties}: each key present there is
 * checked. Lists are written with "|" between entries; "none" stands for null.
 */
class FeedCorpusTest {

    private static final Path CORPUS = corpus();

    /** What a key names in a feed as read. */
    private static final Map<String, Function<ParsedFeed, Object>> FEED = Map.ofEntries(
            Map.entry("title", ParsedFeed::title),
            Map.entry("items", feed -> feed.items().size()),
            Map.entry("importable", feed -> feed.items().stream().filter(item -> item.refusal().isEmpty()).count()),
            Map.entry("explicit", ParsedFeed::explicit),
            Map.entry("categories", ParsedFeed::categories),
            Map.entry("type", ParsedFeed::type),
            Map.entry("language", ParsedFeed::language),
            Map.entry("author", ParsedFeed::author),
            Map.entry("ownerName", ParsedFeed::ownerName),
            Map.entry("ownerEmail", ParsedFeed::ownerEmail),
            Map.entry("link", ParsedFeed::link),
            Map.entry("imageUrl", ParsedFeed::imageUrl),
            Map.entry("locked", ParsedFeed::locked),
            Map.entry("copyright", ParsedFeed::copyright),
            Map.entry("podcastGuid", ParsedFeed::podcastGuid),
            Map.entry("newFeedUrl", ParsedFeed::newFeedUrl),
            Map.entry("nextPage", ParsedFeed::nextPage),
            Map.entry("people", feed -> feed.people().stream().map(Person::getName).toList()),
            Map.entry("peopleRoles", feed -> feed.people().stream().map(Person::getRole).toList()),
            Map.entry("notices", feed -> feed.notices().stream().map(Problem::key).toList()),
            Map.entry("description", ParsedFeed::description));

    private static final Map<String, Function<ParsedItem, Object>> ITEM = Map.ofEntries(
            Map.entry("title", ParsedItem::title),
            Map.entry("notesText", item -> PlainText.line(item.notes())),
            Map.entry("guid", ParsedItem::guid),
            Map.entry("link", ParsedItem::link),
            Map.entry("duration", ParsedItem::durationSeconds),
            Map.entry("enclosure", item -> item.audio() == null ? null : item.audio().getUrl()),
            Map.entry("enclosureType", item -> item.audio() == null ? null : item.audio().getMediaType()),
            Map.entry("enclosureLength", item -> item.audio() == null ? null : item.audio().getLengthBytes()),
            Map.entry("published", item -> item.publishedAt() == null ? null : item.publishedAt().toString()),
            Map.entry("season", ParsedItem::season),
            Map.entry("episode", ParsedItem::number),
            Map.entry("episodeType", ParsedItem::episodeType),
            Map.entry("imageUrl", ParsedItem::imageUrl),
            Map.entry("chapters", item -> item.chapters().size()),
            Map.entry("chapterStarts", item -> item.chapters().stream().map(ChapterMark::startMillis).toList()),
            Map.entry("chapterTitles", item -> item.chapters().stream().map(ChapterMark::title).toList()),
            Map.entry("chaptersUrl", item -> item.chaptersUrl() == null ? null : item.chaptersUrl().toString()),
            Map.entry("transcripts", item -> item.transcripts().stream().map(link -> link.url().toString()).toList()),
            Map.entry("transcriptTypes", item -> item.transcripts().stream()
                    .map(ParsedItem.TranscriptLink::mediaType).toList()),
            Map.entry("people", item -> item.people().stream().map(Person::getName).toList()),
            Map.entry("refusal", item -> item.refusal().map(Problem::key).orElse(null)),
            Map.entry("warnings", item -> item.warnings().stream().map(Problem::key).toList()));

    static Stream<String> feeds() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".xml")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void readsAsExpected(String name) throws IOException {
        ParsedFeed feed = FeedReader.read(Files.readAllBytes(CORPUS.resolve(name)));
        Properties expected = expectations(name);

        assertTrue(expected.size() >= 5, name + ": its expectations are too few to say anything");
        for (String key : expected.stringPropertyNames()) {
            String want = expected.getProperty(key);
            Object actual;
            if (key.matches("(first|last|item\\d+)\\..+")) {
                ParsedItem item = itemOf(feed, key.substring(0, key.indexOf('.')));
                String field = key.substring(key.indexOf('.') + 1);
                actual = requireKnown(ITEM.get(field), key).apply(item);
            } else {
                actual = requireKnown(FEED.get(key), key).apply(feed);
            }
            assertEquals(normal(want), normal(actual), name + ": " + key);
        }
    }

    private static ParsedItem itemOf(ParsedFeed feed, String which) {
        return switch (which) {
            case "first" -> feed.items().get(0);
            case "last" -> feed.items().get(feed.items().size() - 1);
            default -> feed.items().get(Integer.parseInt(which.substring("item".length())) - 1);
        };
    }

    private static <T> T requireKnown(T function, String key) {
        return Objects.requireNonNull(function, () -> "unknown expectation " + key);
    }

    /** Values compared as text; lists as "a|b". */
    private static String normal(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof List<?> list) {
            return String.join("|", list.stream().map(FeedCorpusTest::normal).toList());
        }
        return String.valueOf(value).strip();
    }

    private static Properties expectations(String feed) throws IOException {
        Path sidecar = CORPUS.resolve(feed.replace(".xml", ".expected.properties"));
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(sidecar)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Path corpus() {
        try {
            return Path.of(Objects.requireNonNull(FeedCorpusTest.class.getResource("/feeds/corpus")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
