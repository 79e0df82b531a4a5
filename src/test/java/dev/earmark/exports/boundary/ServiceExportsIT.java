package dev.earmark.exports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.entity.ExportService;
import dev.earmark.exports.entity.ServiceConnection;
import dev.earmark.exports.entity.SyncState;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.snips.boundary.NewSnip;
import dev.earmark.snips.boundary.SnipEdit;
import dev.earmark.snips.boundary.SnipFilter;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Snip;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.FakeNotion;
import dev.earmark.testing.server.FakeReadwise;
import dev.earmark.testing.server.FakeService;
import dev.earmark.testing.server.FakeService.Reply;
import dev.earmark.testing.server.ServerTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Snips sent to Readwise and Notion, against fakes of both that the test starts in the server (which makes the calls)
 * and that check each request against the services' documented contracts: tokens checked before they are stored,
 * retries after 429 and 500, re-exports that update instead of adding, a failure half-way that the next sync mends
 * without sending anything twice, never another listener's snips, never a token in a log or a failure.
 */
class ServiceExportsIT extends ServerTest {

    private static final String READWISE_URL = "earmark.readwise.base-url";
    private static final String NOTION_URL = "earmark.notion.base-url";
    private static final String PARENT = "0123abcd-4567-89ef-0123-456789abcdef";
    private static final String TRANSCRIPT = """
            WEBVTT

            00:00.000 --> 00:20.000
            Every public key that the server holds is published in a directory that anyone can read.

            00:20.000 --> 00:40.000
            Independent auditors verify that published versions only ever grow and never rewrite history.

            00:40.000 --> 01:00.000
            Publishing the directory turns a hidden server promise into something people can check.
            """;

    @Inject
    TokenChecks checks;

    @Inject
    ServiceConnections connections;

    @Inject
    ServiceSync sync;

    @Inject
    Snips snips;

    private FakeReadwise readwise;
    private FakeNotion notion;
    private String listener;
    private Episode episode;
    private BaseUrl siteBase;

    @BeforeEach
    void startTheFakes() {
        readwise = FakeReadwise.start();
        notion = FakeNotion.start();
        notion.share(PARENT);
        System.setProperty(READWISE_URL, readwise.base().toString());
        System.setProperty(NOTION_URL, notion.base().toString());
        listener = "ada-" + UUID.randomUUID();
        Show show = fixtures.show("Exports " + listener);
        episode = fixtures.transcript(fixtures.episode(show, "Keys anyone can check", EpisodeStatus.PUBLISHED,
                Instant.parse("2026-01-05T10:00:00Z")), "keys.vtt", TRANSCRIPT);
        siteBase = BaseUrl.of(URI.create(base.toString()));
    }

    @AfterEach
    void stopTheFakes() {
        System.clearProperty(READWISE_URL);
        System.clearProperty(NOTION_URL);
        readwise.close();
        notion.close();
    }

    @Test
    void anInvalidTokenIsRefusedAndNothingIsStoredOrSent() throws Exception {
        snip(listener, 10_000);

        ExportFailure readwiseRefused = assertThrows(ExportFailure.class, () -> checks.readwise("rw-wrong-token"));
        ExportFailure notionRefused = assertThrows(ExportFailure.class, () -> checks.notion("secret_wrong", PARENT));
        ExportFailure notShared = assertThrows(ExportFailure.class,
                () -> checks.notion(FakeNotion.VALID_TOKEN, "https://www.notion.so/Elsewhere-99999999999999999999999999999999"));
        InvalidParameterException noPage = assertThrows(InvalidParameterException.class,
                () -> checks.notion(FakeNotion.VALID_TOKEN, "my notes"));
        InvalidParameterException noToken = assertThrows(InvalidParameterException.class, () -> checks.readwise(" "));

        assertEquals("exports.failure.invalidToken", readwiseRefused.messageKey());
        assertEquals("exports.failure.invalidToken", notionRefused.messageKey());
        assertEquals("exports.failure.parentNotShared", notShared.messageKey());
        assertEquals("exports.error.pageUnreadable", noPage.messageKey());
        assertEquals("exports.error.tokenMissing", noToken.messageKey());
        assertEquals(List.of(), connections.own(listener), "nothing stored");
        assertEquals(List.of("GET /api/v2/auth/"), readwise.received().stream()
                .map(request -> request.method() + " " + request.path()).toList(), "nothing sent");
        assertTrue(notion.received().stream().allMatch(request -> "GET".equals(request.method())), "nothing sent");
        assertEquals(Map.of(), notion.pages());
    }

    @Test
    void aTokenIsCheckedOnceWhileTheListenerWaits() {
        notion.thenAnswer(FakeNotion.status(503, Map.of()));

        ExportFailure busy = assertThrows(ExportFailure.class, () -> checks.notion(FakeNotion.VALID_TOKEN, PARENT));

        assertEquals("exports.failure.answered", busy.messageKey());
        assertEquals(1, notion.received().size(), "no retries and no back-off in the page's request");
    }

    @Test
    void readwiseGetsTheListenersSnipsOnlyAfterA429AndA500AndUpdatesThemWhenSentAgain() throws Exception {
        Snip first = snip(listener, 10_000);
        Snip second = snip(listener, 40_000);
        Snip another = snip("brian-" + UUID.randomUUID(), 20_000);
        connections.connect(listener, checks.readwise(FakeReadwise.VALID_TOKEN), siteBase);
        readwise.thenAnswer(FakeReadwise.status(429, Map.of("Retry-After", "1")), FakeReadwise.status(500, Map.of()));

        ServiceConnection done = syncAndWait(ExportService.READWISE, SnipFilter.ALL);

        assertNull(done.getFailureKey(), done.getFailureDetail());
        assertEquals(2, done.getLastSent());
        assertEquals(List.of(), readwise.violations());
        assertEquals(Set.of(snipUrl(first), snipUrl(second)), readwise.highlights().keySet(),
                "the listener's snips, never another's (" + another.getId() + ")");
        JsonObject highlight = readwise.highlights().get(snipUrl(first));
        assertEquals("Keys anyone can check", highlight.getString("title"));
        assertEquals("Exports " + listener, highlight.getString("author"));
        assertEquals(first.getStartMillis() / 1000, highlight.getInt("location"));
        assertEquals("time_offset", highlight.getString("location_type"));
        assertEquals("podcasts", highlight.getString("category"));
        assertTrue(highlight.getString("text").contains("published"), highlight.getString("text"));
        assertEquals("Token " + FakeReadwise.VALID_TOKEN, readwise.received().get(1).header("authorization"));
        assertEquals(5, readwise.received().size(),
                "the check, the 429, the 500, the one taken; the episode's second highlight in a request of its own");

        ServiceConnection unchanged = syncAndWait(ExportService.READWISE, SnipFilter.ALL);
        assertEquals(0, unchanged.getLastSent());
        assertEquals(2, unchanged.getLastUnchanged());
        assertEquals(5, readwise.received().size(), "nothing sent again");

        Snip edited = snips.edit(listener, second.getId(), second.getVersion(), new SnipEdit("", "A note of mine.", List.of()));
        String wordsBefore = readwise.highlights().get(snipUrl(second)).getString("text");
        Snip nudged = edited;
        for (int i = 0; i < 3; i++) { // its start leaves the first cue: other words
            nudged = snips.nudge(listener, nudged.getId(), nudged.getVersion(), Snips.MAX_NUDGE_MILLIS, 0);
        }
        ServiceConnection changed = syncAndWait(ExportService.READWISE, SnipFilter.ALL);
        assertEquals(1, changed.getLastSent());
        assertEquals(1, readwise.updated(), "the changed snip updated its highlight");
        assertEquals(2, readwise.count(), "no highlight twice, though its words changed (Readwise de-duplicates by them)");
        JsonObject updated = readwise.highlights().get(snipUrl(second));
        assertNotEquals(wordsBefore, updated.getString("text"), "the nudged snip's words");
        assertTrue(updated.getString("note").endsWith("A note of mine."));

        readwise.deleteInReadwise(snipUrl(second));
        Snip latest = snips.getOwn(listener, second.getId());
        snips.edit(listener, latest.getId(), latest.getVersion(), new SnipEdit("", "Back again.", List.of()));
        syncAndWait(ExportService.READWISE, SnipFilter.ALL);
        assertEquals(2, readwise.count(), "a highlight deleted in Readwise is made again");
        assertEquals(List.of(), readwise.violations());
    }

    @Test
    void aFailureHalfWayIsRecordedAndTheNextSyncSendsOnlyTheRest() throws Exception {
        for (long at : List.of(10_000L, 40_000L, 60_000L)) {
            snip(listener, at); // different words each: Readwise would take the same words of an episode for one highlight
        }
        connections.connect(listener, checks.readwise(FakeReadwise.VALID_TOKEN), siteBase);
        readwise.thenAnswer(FakeReadwise.AS_THE_SERVICE, FakeReadwise.status(400, Map.of()));

        ServiceConnection stopped = syncAndWait(ExportService.READWISE, SnipFilter.ALL);

        assertEquals(1, stopped.getLastSent());
        assertEquals(2, stopped.getLastFailed());
        assertEquals("exports.failure.answered", stopped.getFailureKey());
        assertEquals(1, readwise.accepted());

        ServiceConnection retried = syncAndWait(ExportService.READWISE, SnipFilter.ALL);

        assertNull(retried.getFailureKey());
        assertEquals(2, retried.getLastSent());
        assertEquals(1, retried.getLastUnchanged());
        assertEquals(3, readwise.accepted(), "each snip sent once");
        assertEquals(0, readwise.updated());
        assertEquals(3, readwise.count());
    }

    @Test
    void notionGetsOnePagePerEpisodeWrittenAgainInPlaceAndMadeAgainWhenDeleted() throws Exception {
        List<Snip> saved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            saved.add(snip(listener, 5_000L * i));
        }
        String manyParagraphs = IntStream.range(0, 120).mapToObj(i -> "Paragraph " + i).collect(Collectors.joining("\n\n"));
        Snip noted = snips.edit(listener, saved.get(0).getId(), saved.get(0).getVersion(),
                new SnipEdit("", manyParagraphs, List.of()));
        snips.edit(listener, saved.get(1).getId(), saved.get(1).getVersion(), new SnipEdit("", "word ".repeat(900), List.of()));
        connections.connect(listener, checks.notion(FakeNotion.VALID_TOKEN,
                "https://www.notion.so/team/Podcasts-" + PARENT.replace("-", "") + "?pvs=4"), siteBase);
        notion.thenAnswer(FakeNotion.status(429, Map.of("Retry-After", "1")));

        ServiceConnection done = syncAndWait(ExportService.NOTION, new SnipFilter(null, episode.getId(), null, null));

        assertNull(done.getFailureKey(), done.getFailureDetail());
        assertEquals(5, done.getLastSent());
        assertEquals(List.of(), notion.violations());
        assertEquals(1, notion.pages().size());
        String pageId = notion.pages().keySet().iterator().next();
        FakeNotion.Page page = notion.pages().get(pageId);
        assertEquals(PARENT, page.parent());
        assertEquals("Keys anyone can check — Exports " + listener, page.title());
        assertEquals(6, page.blocks().size(), "the episode's link, then a quote per snip");
        assertTrue(notion.received().stream().anyMatch(request -> "PATCH".equals(request.method())
                && request.path().endsWith("/children")), "a quote of 100 blocks after the link: appended in further requests");
        assertTrue(notion.received().stream().allMatch(request -> FakeNotion.VERSION.equals(request.header("notion-version"))));

        snips.edit(listener, noted.getId(), noted.getVersion(), new SnipEdit("", "Shorter now.", List.of()));
        ServiceConnection again = syncAndWait(ExportService.NOTION, SnipFilter.ALL);
        assertEquals(1, again.getLastSent());
        assertEquals(4, again.getLastUnchanged());
        assertEquals(Set.of(pageId), notion.pages().keySet(), "the same page, no second one");
        assertEquals(6, notion.pages().get(pageId).blocks().size(), "its content replaced, not added to");
        assertTrue(notion.pages().get(pageId).blocks().get(1).toString().contains("Shorter now."));
        assertEquals(6, notion.received().stream().filter(request -> "DELETE".equals(request.method())).count(),
                "the page's six blocks archived");

        notion.deleteInNotion(pageId);
        Snip latest = snips.getOwn(listener, noted.getId());
        snips.edit(listener, latest.getId(), latest.getVersion(), new SnipEdit("", "Once more.", List.of()));
        syncAndWait(ExportService.NOTION, SnipFilter.ALL);
        assertEquals(1, notion.pages().size());
        assertNotEquals(pageId, notion.pages().keySet().iterator().next(), "a page deleted in Notion is made again");
        assertEquals(6, notion.pages().values().iterator().next().blocks().size(), "with every snip sent before");
    }

    @Test
    void anUnexpectedFailureEndsTheSyncWithAFailureInsteadOfLeavingItRunning() throws Exception {
        Snip saved = snip(listener, 10_000);
        connections.connect(listener, checks.notion(FakeNotion.VALID_TOKEN, PARENT), siteBase);
        syncAndWait(ExportService.NOTION, SnipFilter.ALL);
        snips.edit(listener, saved.getId(), saved.getVersion(), new SnipEdit("", "Changed.", List.of()));
        // A list of the page's blocks without its results: no case of Notion's that Earmark expects.
        notion.thenAnswer(FakeService.AS_THE_SERVICE, FakeService.AS_THE_SERVICE,
                new Reply(200, "application/json", "{\"object\":\"list\"}"));

        ServiceConnection failed = syncAndWait(ExportService.NOTION, SnipFilter.ALL);

        assertEquals("exports.failure.unexpected", failed.getFailureKey());
        assertEquals(1, failed.getLastFailed());
        ServiceConnection mended = syncAndWait(ExportService.NOTION, SnipFilter.ALL);
        assertNull(mended.getFailureKey(), "queued again at once, and sent");
        assertEquals(1, mended.getLastSent());
    }

    @Test
    void aNotionAppendThatFailedIsNotRepeatedAndThePageKeepsItsOldContentUntilTheNextSync() throws Exception {
        Snip saved = snip(listener, 10_000);
        connections.connect(listener, checks.notion(FakeNotion.VALID_TOKEN, PARENT), siteBase);
        syncAndWait(ExportService.NOTION, SnipFilter.ALL);
        String pageId = notion.pages().keySet().iterator().next();
        List<JsonObject> before = notion.pages().get(pageId).blocks();
        snips.edit(listener, saved.getId(), saved.getVersion(), new SnipEdit("", "Rewritten.", List.of()));
        int sentBefore = notion.received().size();
        notion.thenAnswer(FakeNotion.AS_THE_SERVICE, FakeNotion.AS_THE_SERVICE, FakeNotion.AS_THE_SERVICE,
                FakeNotion.status(500, Map.of()));

        ServiceConnection failed = syncAndWait(ExportService.NOTION, SnipFilter.ALL);

        assertEquals("exports.failure.answered", failed.getFailureKey());
        List<FakeService.Request> appends = notion.received().subList(sentBefore, notion.received().size()).stream()
                .filter(request -> "PATCH".equals(request.method()) && request.path().endsWith("/children")).toList();
        assertEquals(1, appends.size(), "Notion may have appended the blocks: not sent again");
        assertEquals(before, notion.pages().get(pageId).blocks(), "the old blocks stay until the new ones are there");

        ServiceConnection mended = syncAndWait(ExportService.NOTION, SnipFilter.ALL);
        assertNull(mended.getFailureKey());
        assertEquals(before.size(), notion.pages().get(pageId).blocks().size());
        assertTrue(notion.pages().get(pageId).blocks().get(1).toString().contains("Rewritten."));
    }

    @Test
    void automaticSyncSendsNewSnipsAndAFailureLeavesThemForTheNext() throws Exception {
        connections.connect(listener, checks.readwise(FakeReadwise.VALID_TOKEN), siteBase);
        connections.setAutoSync(listener, ExportService.READWISE, true);
        Snip first = snip(listener, 10_000);
        readwise.thenAnswer(FakeReadwise.status(400, Map.of()));

        ServiceConnection failed = automaticSyncAndWait();
        assertEquals(1, failed.getLastFailed());
        assertEquals(Map.of(), readwise.highlights());

        Snip second = snip(listener, 30_000);
        ServiceConnection sent = automaticSyncAndWait();
        assertEquals(2, sent.getLastSent());
        assertEquals(Set.of(snipUrl(first), snipUrl(second)), readwise.highlights().keySet());

        advanceClock(Duration.ofHours(1));
        sync.queueAutomatic();
        assertEquals(SyncState.IDLE, readwiseConnection().getSyncState(), "nothing changed: no sync, no snip read");
    }

    @Test
    void automaticSyncWaitsForAReconnectAfterARefusedTokenAndOutARetryAfter() throws Exception {
        connections.connect(listener, checks.readwise(FakeReadwise.VALID_TOKEN), siteBase);
        connections.setAutoSync(listener, ExportService.READWISE, true);
        snip(listener, 10_000);
        readwise.thenAnswer(FakeReadwise.status(429, Map.of("Retry-After", "3600")));

        ServiceConnection limited = automaticSyncAndWait();
        assertEquals("exports.failure.answered", limited.getFailureKey());
        assertTrue(limited.getNotBefore().isAfter(now().plus(Duration.ofMinutes(59))), "Readwise's hour is kept");
        sync.queueAutomatic();
        assertEquals(SyncState.IDLE, readwiseConnection().getSyncState(), "not before the hour Readwise asked for");

        advanceClock(Duration.ofMinutes(61));
        readwise.thenAnswer(new Reply(401, "application/json", "{\"detail\":\"Invalid token.\"}"));
        ServiceConnection refused = automaticSyncAndWait();
        assertEquals("exports.failure.invalidToken", refused.getFailureKey());
        snip(listener, 40_000);
        sync.queueAutomatic();
        assertEquals(SyncState.IDLE, readwiseConnection().getSyncState(), "a refused token waits for a new one");
        assertEquals(Map.of(), readwise.highlights());
    }

    private ServiceConnection readwiseConnection() {
        return connections.findOwn(listener, ExportService.READWISE).orElseThrow();
    }

    @Test
    void noTokenInTheDatabaseALogLineOrAFailureEvenWhenTheServiceEchoesIt() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            snip(listener, 10_000);
            ServiceConnection connection = connections.connect(listener, checks.readwise(FakeReadwise.VALID_TOKEN), siteBase);
            readwise.thenAnswer(new Reply(400, "application/json",
                    "{\"detail\":\"Token " + FakeReadwise.VALID_TOKEN + " may not send this\"}"));

            ServiceConnection failed = syncAndWait(ExportService.READWISE, SnipFilter.ALL);

            assertFalse(connection.getToken().contains(FakeReadwise.VALID_TOKEN), "stored encrypted");
            assertEquals("exports.failure.answered", failed.getFailureKey());
            assertTrue(failed.getFailureDetail().contains("***"), failed.getFailureDetail());
            assertFalse(failed.getFailureDetail().contains(FakeReadwise.VALID_TOKEN));
            assertTrue(logged.stream().anyMatch(line -> line.contains("stopped")), "the failure is logged: " + logged);
            assertEquals(List.of(), logged.stream().filter(line -> line.contains(FakeReadwise.VALID_TOKEN)).toList());
        } finally {
            root.removeHandler(capture);
        }
    }

    private Snip snip(String owner, long atMillis) {
        return snips.earmark(owner, new NewSnip(episode.getId(), atMillis, 30_000, "x" + UUID.randomUUID()),
                now().minus(Duration.ofDays(1))).snip();
    }

    private String snipUrl(Snip snip) {
        return siteBase.absolute("/snips/" + snip.getId());
    }

    private ServiceConnection syncAndWait(ExportService service, SnipFilter filter) {
        Instant before = connections.findOwn(listener, service).orElseThrow().getLastSyncAt();
        connections.queue(listener, service, filter);
        return finished(service, before);
    }

    private ServiceConnection automaticSyncAndWait() {
        Instant before = connections.findOwn(listener, ExportService.READWISE).orElseThrow().getLastSyncAt();
        sync.queueAutomatic();
        return finished(ExportService.READWISE, before);
    }

    private ServiceConnection finished(ExportService service, Instant before) {
        return Eventually.await("the sync to " + service, sync.changes(), () -> connections.findOwn(listener, service)
                .filter(connection -> connection.getSyncState() == SyncState.IDLE && connection.getLastSyncAt() != null
                        && !connection.getLastSyncAt().equals(before))
                .orElse(null));
    }
}
