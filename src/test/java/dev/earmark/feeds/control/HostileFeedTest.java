package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hostile corpus (src/test/resources/feeds/hostile) and generated monsters: each a clear refusal with a reason,
 * or a per-item reason, never an exception of the parser's and never a read of anything outside the bytes given.
 */
class HostileFeedTest {

    @ParameterizedTest
    @CsvSource({
        "not-xml.txt, feeds.import.error.notXml",
        "html-page.html, feeds.import.error.notXml",
        "html-no-doctype.html, feeds.import.error.notAFeed",
        "xxe.xml, feeds.import.error.doctype",
        "xxe-parameter.xml, feeds.import.error.doctype",
        "billion-laughs.xml, feeds.import.error.doctype",
        "no-channel-title.xml, feeds.import.error.noTitle",
        "truncated.xml, feeds.import.error.notXml"})
    void refusesWithAReason(String file, String reason) {
        FeedRefusedException refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FeedRefusedException.class, () -> FeedReader.read(hostile(file))));

        assertEquals(reason, refused.messageKey());
        assertFalse(Arrays.toString(refused.arguments()).contains("root:"), "no file's content in the reason");
    }

    @Test
    void keepsRomesRefusalOfDoctypes() {
        assertFalse(new WireFeedInput().isAllowDoctypes());
    }

    @Test
    void refusesMoreThanTwentyMegabytesBeforeParsing() {
        byte[] huge = new byte[(int) FeedReader.MAX_FEED_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        FeedRefusedException refused = assertThrows(FeedRefusedException.class, () -> FeedReader.read(huge));

        assertEquals("feeds.import.error.tooLarge", refused.messageKey());
    }

    @Test
    void refusesFiftyMegabytesOfOtherwiseValidFeed() {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Big</title>");
        String item = "<item><title>Padding</title><guid>g</guid>" + "x".repeat(1000) + "</item>";
        while (feed.length() < 50 * 1024 * 1024) {
            feed.append(item);
        }
        byte[] bytes = feed.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);

        assertEquals("feeds.import.error.tooLarge",
                assertThrows(FeedRefusedException.class, () -> FeedReader.read(bytes)).messageKey());
    }

    /** Decompressing is the fetcher's job (within its cap): compressed bytes that reach the reader are no XML. */
    @Test
    void refusesGzippedBytesAsNoXml() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(new byte[10 * 1024 * 1024]);
        }

        assertEquals("feeds.import.error.notXml", assertThrows(FeedRefusedException.class,
                () -> FeedReader.read(zipped.toByteArray())).messageKey());
    }

    @Test
    void readsTheFirstTenThousandItemsAndReportsTheRest() {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Many</title>");
        for (int number = 1; number <= FeedReader.MAX_ITEMS + 5; number++) {
            feed.append("<item><title>Item ").append(number).append("</title><guid>g").append(number)
                    .append("</guid><enclosure url=\"https://example.com/").append(number)
                    .append(".mp3\" type=\"audio/mpeg\" length=\"1\"/></item>");
        }
        ParsedFeed parsed = FeedReader.read(feed.append("</channel></rss>").toString()
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(FeedReader.MAX_ITEMS, parsed.items().size());
        assertEquals(List.of(Problem.of("feeds.import.notice.tooManyItems", FeedReader.MAX_ITEMS + 5,
                FeedReader.MAX_ITEMS)), parsed.notices());
    }

    @Test
    void makesTitlesPlainTextWithoutScripts() {
        ParsedFeed feed = FeedReader.read(hostile("per-item.xml"));

        assertEquals("Hostile Items", feed.title());
        assertEquals("Bold & plain", feed.items().get(0).title());
    }

    @Test
    void refusesItemsWhoseAudioIsNoWebAddress() {
        List<ParsedItem> items = FeedReader.read(hostile("per-item.xml")).items();

        assertEquals(Problem.of("feeds.import.skip.badEnclosure", "javascript:alert(document.cookie)"),
                items.get(1).refusal().orElseThrow());
        assertEquals("feeds.import.skip.badEnclosure", items.get(2).refusal().orElseThrow().key());
        assertEquals("feeds.import.skip.noAudio", items.get(3).refusal().orElseThrow().key());
        assertEquals("feeds.import.skip.noTitle", items.get(4).refusal().orElseThrow().key());
    }

    @Test
    void leavesOutAbsurdDurationsAndDatesWithAWarning() {
        List<ParsedItem> items = FeedReader.read(hostile("per-item.xml")).items();

        assertNull(items.get(0).durationSeconds());
        assertTrue(items.get(0).warnings().contains(Problem.of("feeds.import.warn.badDuration", "99999999999")));
        ParsedItem noGuid = items.get(5);
        assertNull(noGuid.guid());
        assertNull(noGuid.durationSeconds());
        assertNull(noGuid.publishedAt());
        assertEquals(List.of("feeds.import.warn.badDate", "feeds.import.warn.badDuration"),
                noGuid.warnings().stream().map(Problem::key).sorted().toList());
        assertTrue(noGuid.refusal().isEmpty(), "an item without guid is matched by link or audio instead");
        assertNull(items.get(6).durationSeconds());
    }

    @Test
    void keepsNotesForTheCatalogueToSanitise() {
        String notes = FeedReader.read(hostile("per-item.xml")).items().get(0).notes();

        assertTrue(notes.contains("Notes"));
    }

    private static byte[] hostile(String name) {
        try (InputStream in = Objects.requireNonNull(HostileFeedTest.class.getResourceAsStream("/feeds/hostile/"
                + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
