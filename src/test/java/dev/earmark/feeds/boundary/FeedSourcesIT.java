package dev.earmark.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.feeds.control.FetchRefusedException;
import dev.earmark.feeds.entity.FeedSource;
import dev.earmark.feeds.entity.RefreshInterval;
import dev.earmark.feeds.entity.RefreshOutcome;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.testing.server.FakeFeedServer;
import dev.earmark.testing.server.FakeService.Reply;
import dev.earmark.testing.server.FeedSourceFixtures;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Following feeds in the server under test, with a feed server started inside it on a loopback port that the
 * allow-list names (only that port: the server's own HTTP port, also on loopback, stays refused).
 */
class FeedSourcesIT extends ServerTest {

    private static final String ALLOWED_HOSTS = "earmark.feeds.allowed-hosts";
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
              <channel>
                <title>Followed %s</title>
                <link>https://podcasts.example/followed</link>
                <description>A feed followed in a test.</description>
                <item><guid>followed-1</guid><title>One</title><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>
                  <enclosure url="https://media.example/one.mp3" type="audio/mpeg" length="1000"/></item>
                %s
              </channel>
            </rss>
            """;

    @Inject
    FeedSources sources;

    @Inject
    FeedSourceStore store;

    @Inject
    FeedSourceFixtures followed;

    private FakeFeedServer feeds;
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void startFeedServer() {
        feeds = new FakeFeedServer();
        System.setProperty(ALLOWED_HOSTS, "127.0.0.1:" + feeds.port());
    }

    @AfterEach
    void stopFeedServer() {
        System.clearProperty(ALLOWED_HOSTS);
        feeds.close();
        // A lambda, not followed::forget: on the client (@RunAsClient) nothing is injected and the list is empty.
        created.forEach(id -> followed.forget(id));
    }

    @Test
    void addressesThatAreNotPublicAreRefusedAndNothingIsStored() {
        List<String> before = followed.urls();
        List<String> refused = List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/feed.xml",
                "http://[::1]/feed.xml", "http://[::ffff:127.0.0.1]:" + base.getPort() + "/feed.xml",
                "http://127.0.0.1:" + base.getPort() + base.getPath() + "feeds/shows.opml");

        for (String url : refused) {
            FetchRefusedException refusal = assertThrows(FetchRefusedException.class,
                    () -> sources.importFromUrl(url, Optional.empty(), false, RefreshInterval.HOURLY), url);
            assertEquals("feeds.fetch.hostRefused", refusal.messageKey(), url);
        }
        assertEquals(before, followed.urls());
    }

    @Test
    void moreThanFiveRedirectsAreRefusedAndARedirectToTheMetadataServiceToo() {
        for (int hop = 1; hop <= 6; hop++) {
            String next = "/r" + (hop + 1);
            feeds.on("/r" + hop, request -> FakeFeedServer.redirect(next));
        }
        feeds.on("/metadata", request -> FakeFeedServer.redirect("http://169.254.169.254/latest/meta-data/"));
        List<String> before = followed.urls();

        assertEquals("feeds.fetch.tooManyRedirects", assertThrows(FetchRefusedException.class, () -> sources.importFromUrl(
                feeds.base() + "r1", Optional.empty(), false, RefreshInterval.OFF)).messageKey());
        assertEquals(6, feeds.received().size());
        assertEquals("feeds.fetch.hostRefused", assertThrows(FetchRefusedException.class, () -> sources.importFromUrl(
                feeds.base() + "metadata", Optional.empty(), false, RefreshInterval.OFF)).messageKey());
        assertEquals(before, followed.urls());
    }

    @Test
    void anUnchangedFeedIsAConditionalGetAnswered304AndImportsNothing() {
        Show show = fixtures.show("Feed refresh " + UUID.randomUUID());
        feeds.on("/unchanged.xml", request -> "\"v1\"".equals(request.header("If-None-Match"))
                ? new Reply(304, "application/rss+xml", "", Map.of("ETag", "\"v1\""))
                : FakeFeedServer.rss(FEED.formatted("unchanged", ""), Map.of("ETag", "\"v1\"")));
        long sourceId = follow(show, feeds.base() + "unchanged.xml", "\"v1\"", RefreshInterval.HOURLY);

        RefreshResult result = sources.refresh(show.getId());

        assertEquals(RefreshOutcome.NOT_MODIFIED, result.outcome());
        assertEquals(1, feeds.received().size());
        assertEquals("\"v1\"", feeds.received().get(0).header("If-None-Match"));
        assertTrue(feeds.received().get(0).header("User-Agent").startsWith("Earmark/"));
        FeedSource source = followed.get(sourceId);
        assertEquals(RefreshOutcome.NOT_MODIFIED, source.getLastOutcome());
        assertEquals(null, source.getClaimedBy(), "the claim is released");
        assertEquals(source.getLastRefreshAt().plus(Duration.ofHours(1)), source.getNextRefreshAt());
    }

    @Test
    void aRefusedRefreshIsRecordedWithItsReason() {
        Show show = fixtures.show("Feed refused " + UUID.randomUUID());
        long sourceId = follow(show, "http://10.0.0.1/feed.xml", null, RefreshInterval.DAILY);

        RefreshResult result = sources.refresh(show.getId());

        assertEquals(RefreshOutcome.FAILED, result.outcome());
        assertEquals("feeds.fetch.hostRefused", result.failureKey());
        FeedSource source = followed.get(sourceId);
        assertEquals(RefreshOutcome.FAILED, source.getLastOutcome());
        assertEquals("feeds.fetch.hostRefused", source.getFailureKey());
        assertEquals(List.of("10.0.0.1", "10.0.0.1"), source.getFailureArguments());
    }

    @Test
    void oneServerAtATimeRefreshesAFeedAndAClaimOfACrashedServerRunsOut() {
        Show show = fixtures.show("Feed claimed " + UUID.randomUUID());
        feeds.on("/claimed.xml", request -> new Reply(304, "application/rss+xml", ""));
        long sourceId = follow(show, feeds.base() + "claimed.xml", "\"v1\"", RefreshInterval.OFF);

        assertTrue(store.claim(sourceId, "node-that-crashes"));
        assertFalse(store.claim(sourceId, "another-node"));
        assertThrows(ConcurrentChangeException.class, () -> sources.refresh(show.getId()));
        assertEquals(0, feeds.received().size());

        advanceClock(FeedSourceStore.LEASE.plusMinutes(1));
        assertEquals(RefreshOutcome.NOT_MODIFIED, sources.refresh(show.getId()).outcome());
        assertEquals(1, feeds.received().size());
    }

    @Test
    void aDueFeedIsRefreshedByTheScheduleAndAnotherIsNot() throws InterruptedException {
        Show due = fixtures.show("Feed due " + UUID.randomUUID());
        Show off = fixtures.show("Feed off " + UUID.randomUUID());
        feeds.on("/due.xml", request -> new Reply(304, "application/rss+xml", ""));
        feeds.on("/off.xml", request -> new Reply(304, "application/rss+xml", ""));
        long dueId = follow(due, feeds.base() + "due.xml", "\"v1\"", RefreshInterval.QUARTER_HOURLY);
        follow(off, feeds.base() + "off.xml", "\"v1\"", RefreshInterval.OFF);

        advanceClock(Duration.ofMinutes(16));
        // The minute's timer may take it first: either way it is refreshed once, by one of them.
        sources.refreshDue(100);
        feeds.awaitRequests(1);

        assertEquals(List.of("/due.xml"), feeds.received().stream().map(request -> request.path()).toList());
        assertEquals(RefreshOutcome.NOT_MODIFIED, followed.get(dueId).getLastOutcome());
    }

    @Test
    @RunAsClient
    void curatorsSeeTheFollowedFeedsAndTheForms() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");

        WebClient.Reply page = admin.get("admin/feed-sources.xhtml");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("id=\"follow-form\""), page.body());
        assertTrue(page.body().contains("id=\"opml-form\""), page.body());
        assertTrue(page.body().contains("multipart/form-data"), page.body());
        assertEquals(200, admin.get("admin/shows.xhtml").status());
        assertTrue(admin.get("admin/shows.xhtml").body().contains("feed-sources.xhtml"), "the admin navigation links to it");
    }

    /** Needs FeedImport (helper "import"): passes once it is merged. */
    @Test
    void aFollowedFeedIsImportedThenNotModifiedThenImportedAgainWhenChanged() {
        String version = UUID.randomUUID().toString();
        String[] tag = {"\"a\""};
        String[] body = {FEED.formatted(version, "")};
        feeds.on("/chain.xml", request -> tag[0].equals(request.header("If-None-Match"))
                ? new Reply(304, "application/rss+xml", "", Map.of("ETag", tag[0]))
                : FakeFeedServer.rss(body[0], Map.of("ETag", tag[0])));

        FeedSources.Followed first = sources.importFromUrl(feeds.base() + "chain.xml", Optional.empty(), false,
                RefreshInterval.HOURLY);
        created.add(first.source().getId());
        assertTrue(first.report().showCreated());
        assertEquals(1, first.report().count(ItemOutcome.ADDED));
        long showId = first.source().getShow().getId();

        assertEquals(RefreshOutcome.NOT_MODIFIED, sources.refresh(showId).outcome());

        tag[0] = "\"b\"";
        body[0] = FEED.formatted(version, "<item><guid>followed-2</guid><title>Two</title>"
                + "<pubDate>Wed, 02 Dec 2026 10:00:00 GMT</pubDate>"
                + "<enclosure url=\"https://media.example/two.mp3\" type=\"audio/mpeg\" length=\"1000\"/></item>");
        RefreshResult changed = sources.refresh(showId);
        assertEquals(RefreshOutcome.OK, changed.outcome());
        assertEquals(1, changed.report().orElseThrow().count(ItemOutcome.ADDED));
        assertEquals(1, changed.report().orElseThrow().count(ItemOutcome.UNCHANGED));
        assertEquals(3, feeds.received().size());
    }

    /** The acceptance: a feed imported by its address, then again with one item changed and one new. */
    @Test
    void aFeedImportedAgainFromItsAddressReportsOneUpdatedOneAddedAndTheRestUnchanged() {
        String run = UUID.randomUUID().toString();
        String[] body = {tenItems(run, "Episode 5", "")};
        feeds.on("/ten.xml", request -> FakeFeedServer.rss(body[0], Map.of()));
        FeedSources.Followed first = sources.importFromUrl(feeds.base() + "ten.xml", Optional.empty(), false,
                RefreshInterval.OFF);
        created.add(first.source().getId());
        assertEquals(10, first.report().count(ItemOutcome.ADDED));

        // Ten items again, as feeds keep their newest: one new, the oldest gone, one retitled.
        body[0] = tenItems(run, "Episode 5, with a better title", "<item><guid>" + run + "-11</guid><title>Episode 11"
                + "</title><pubDate>Wed, 02 Dec 2026 10:00:00 GMT</pubDate><enclosure url=\"https://media.example/" + run
                + "/11.mp3\" type=\"audio/mpeg\" length=\"1000\"/></item>");
        ImportReport again = sources.importFromUrl(feeds.base() + "ten.xml", Optional.empty(), false,
                RefreshInterval.OFF).report();

        assertEquals(first.report().showSlug(), again.showSlug(), "the show followed from that address");
        assertEquals(1, again.count(ItemOutcome.UPDATED), again::toString);
        assertEquals(1, again.count(ItemOutcome.ADDED), again::toString);
        assertEquals(8, again.count(ItemOutcome.UNCHANGED), again::toString);
        assertEquals(1, again.count(ItemOutcome.NOT_IN_FEED), "kept, and reported: " + again);
        assertEquals(0, again.count(ItemOutcome.SKIPPED), again::toString);
    }

    @Test
    void aTranscriptThatCannotBeReadIsAWarningAndTheRestIsImported() {
        String run = UUID.randomUUID().toString();
        feeds.on("/broken.srt", request -> new Reply(200, "application/x-subrip", "<html><body>Sign in</body></html>",
                Map.of()));
        String item = "<item><guid>" + run + "-t</guid><title>With a broken transcript</title>"
                + "<enclosure url=\"https://media.example/" + run + ".mp3\" type=\"audio/mpeg\" length=\"1000\"/>"
                + "<podcast:transcript url=\"" + feeds.base() + "broken.srt\" type=\"application/x-subrip\"/></item>";
        // A feed of its own: guids are unique in the catalogue, and the class's other feeds have fixed ones.
        feeds.on("/transcribed.xml", request -> FakeFeedServer.rss("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
                  <channel><title>Transcribed %s</title><link>https://podcasts.example/transcribed</link>
                    <description>A transcript that is a sign-in page.</description>%s</channel>
                </rss>
                """.formatted(run, item), Map.of()));

        FeedSources.Followed imported = sources.importFromUrl(feeds.base() + "transcribed.xml", Optional.empty(), false,
                RefreshInterval.OFF);
        created.add(imported.source().getId());

        ItemReport line = imported.report().items().stream().filter(report -> (run + "-t").equals(report.guid()))
                .findFirst().orElseThrow(() -> new AssertionError(imported.report().toString()));
        assertEquals(ItemOutcome.ADDED, line.outcome());
        assertTrue(line.warnings().stream().anyMatch(warning -> warning.key().equals("feeds.import.warn.transcriptNotRead")),
                line::toString);
    }

    /** Items 10 down to 1, or down to 2 after {@code extra}, so that a feed has ten items either way. */
    private static String tenItems(String run, String fifthTitle, String extra) {
        StringBuilder items = new StringBuilder(extra);
        for (int number = 10; number >= (extra.isEmpty() ? 1 : 2); number--) {
            items.append("<item><guid>").append(run).append('-').append(number).append("</guid><title>")
                    .append(number == 5 ? fifthTitle : "Episode " + number).append("</title><pubDate>")
                    .append(String.format("%02d", number)).append(" Nov 2026 10:00:00 GMT</pubDate><itunes:duration>")
                    .append(number * 60).append("</itunes:duration><enclosure url=\"https://media.example/").append(run)
                    .append('/').append(number).append(".mp3\" type=\"audio/mpeg\" length=\"1000\"/></item>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
                  <channel><title>Ten %s</title><link>https://podcasts.example/ten</link>
                    <description>Ten episodes.</description>%s</channel>
                </rss>
                """.formatted(run, items);
    }

    private long follow(Show show, String url, String entityTag, RefreshInterval interval) {
        long id = followed.follow(show, url, entityTag, interval);
        created.add(id);
        return id;
    }
}
