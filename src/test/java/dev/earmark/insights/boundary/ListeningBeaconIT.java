package dev.earmark.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.Settings;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SessionsCreated;
import dev.earmark.testing.server.SqlRows;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listening beacon as players and strangers call it, over HTTP from inside the server, and what it leaves in the
 * tables: whole seconds of visible episodes, the context and a coarse client class, a day's hash of the client and
 * nothing that names it; no cookie, no session; refusals with reasons, silence where a reason would tell too much.
 * Each test has an episode of its own and a user agent of its own (so a client of its own).
 */
class ListeningBeaconIT extends ServerTest {

    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    private static final String PORTAL = "https://portal.example.com";
    private static final List<String> SETTINGS = List.of("earmark.insights", "earmark.embed-origins",
            "earmark.anonymous-browsing", "earmark.insights.daily-cap");

    @Inject
    SqlRows sql;

    @Inject
    EventRecorder recorder;

    @Inject
    ClientHashes clientHashes;

    @Inject
    Settings settings;

    private WebClient web;
    private Episode episode;
    private String userAgent;

    @BeforeEach
    void anEpisodeOfItsOwn() {
        web = WebClient.anonymous(base);
        Show show = fixtures.show("Beacon " + UUID.randomUUID());
        episode = fixtures.episode(show, "Played", EpisodeStatus.PUBLISHED, now().minus(Duration.ofDays(1)));
        userAgent = IPHONE + " beacon-it/" + UUID.randomUUID();
    }

    @AfterEach
    void settingsAsBefore() {
        SETTINGS.forEach(System::clearProperty);
    }

    @Test
    void aReportIsStoredInWholeSecondsAndNothingThatNamesTheListener() {
        long sessions = SessionsCreated.count();

        WebClient.Reply taken = post(report(episode.getId(), "view-of-one-page-1", "earmark",
                "[[12.0, 41.5], [40, 75.2], [100.4, 130]]"));

        assertTaken(taken);
        List<Object[]> rows = awaitRows(episode, 2);
        assertEquals("12-76 100-130", ranges(rows));
        for (Object[] row : rows) {
            assertEquals("view-of-one-page-1", row[0]);
            assertEquals("EARMARK", row[2]);
            assertEquals("", row[3]);
            assertEquals("MOBILE", row[4]);
            assertEquals(today().toString(), row[7].toString());
            String hash = (String) row[1];
            assertEquals(43, hash.length(), hash);
        }
        assertEquals(rows.get(0)[1], rows.get(1)[1], "one client, one hash");
        assertNothingNamesTheClient(episode);
        assertEquals(sessions, SessionsCreated.count(), "no session");

        WebClient.Reply json = web.send(web.request("api/listening").header("Content-Type", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(report(episode.getId(), "view-of-one-page-2", "moment",
                        "[[0, 5]]"))));
        assertTaken(json);
        assertEquals("MOMENT", awaitRows(episode, 3).get(0)[2]);
        List<String> saltDays = sql.rows("SELECT calendar_day FROM insights_salt WHERE calendar_day <= ?", today())
                .stream().map(row -> row[0].toString()).toList();
        assertEquals(List.of(today().toString()), saltDays, "the salt of today, and of no day before");
    }

    @Test
    void refusesReportsThatAreNotAsThePlayerSendsThemWithTheReason() {
        long sessions = SessionsCreated.count();
        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "[" + i * 10 + ", " + (i * 10 + 5) + "]")
                .collect(Collectors.joining(", ", "[", "]"));

        assertRefused(400, "JSON object", post("episode=1&ranges=0-5"));
        assertRefused(400, "\"view\"", post(report(episode.getId(), "short", "earmark", "[[0, 5]]")));
        assertRefused(400, "\"context\"", post(report(episode.getId(), "view-of-a-bad-one-1", "page", "[[0, 5]]")));
        assertRefused(400, "1 to 50 ranges", post(report(episode.getId(), "view-of-a-bad-one-2", "earmark", fiftyOne)));
        assertRefused(400, "Range 1", post(report(episode.getId(), "view-of-a-bad-one-3", "earmark", "[[9, 3]]")));
        assertRefused(400, "Range 2 of the report ends after the episode does (at 2462 s)",
                post(report(episode.getId(), "view-of-a-bad-one-4", "earmark", "[[0, 5], [2400, 2462.5]]")));
        assertRefused(400, "\"origin\"", post("{\"episode\": " + episode.getId() + ", \"view\": \"view-of-a-bad-one-5\","
                + " \"context\": \"earmark\", \"origin\": \"" + PORTAL + "\", \"ranges\": [[0, 5]]}"));

        assertTaken(post(report(episode.getId(), "view-at-the-slack-end", "earmark", "[[2400, 2462]]")));
        assertEquals("2400-2462", ranges(awaitRows(episode, 1)), "2 s past the end are a player's measure, not a lie");
        assertEquals(sessions, SessionsCreated.count(), "no session");
    }

    @Test
    void refusesAReportTooLargeWithoutReadingOn() {
        String large = report(episode.getId(), "view-of-a-large-one", "earmark", "[[0, 5]]") + " ".repeat(9_000);

        assertRefused(413, "bytes", post(large));
        WebClient.Reply streamed = web.send(web.request("api/listening").header("Content-Type", "text/plain")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[16 * 1024]))));
        assertRefused(413, "bytes", streamed);
        assertEquals(0, count(episode));
    }

    @Test
    void saysNothingOfEpisodesListenersCannotSee() {
        Episode draft = fixtures.episode(fixtures.show("Beacon drafts " + UUID.randomUUID()), "Not yet",
                EpisodeStatus.DRAFT, now().minus(Duration.ofDays(1)));

        assertTaken(post(report(draft.getId(), "view-of-a-draft-page", "earmark", "[[0, 5]]")));
        assertTaken(post(report(Long.MAX_VALUE, "view-of-no-episode-1", "earmark", "[[0, 5]]")));
        assertTaken(post(report(draft.getId(), "view-beyond-the-end", "earmark", "[[0, 99999]]")));

        awaitMarker();
        assertEquals(0, count(draft));
    }

    @Test
    void honoursDoNotTrackAndGlobalPrivacyControl() {
        assertTaken(post(report(episode.getId(), "view-without-tracking", "earmark", "[[0, 5]]"), "DNT", "1"));
        assertTaken(post(report(episode.getId(), "view-without-tracking", "earmark", "[[0, 5]]"), "Sec-GPC", "1"));
        assertTaken(post("not even read", "DNT", "1"));

        awaitMarker();
        assertEquals(1, count(episode), "the marker alone");
    }

    @Test
    void recordsNothingWhileInsightsAreOff() {
        System.setProperty("earmark.insights", "false");
        assertTaken(post(report(episode.getId(), "view-while-it-is-off", "earmark", "[[0, 5]]")));
        System.clearProperty("earmark.insights");

        awaitMarker();
        assertEquals(1, count(episode), "the marker alone");
    }

    @Test
    void anotherOriginMakesAnEmbedAndOnlyAnAllowedOriginIsKept() {
        System.setProperty("earmark.embed-origins", PORTAL);
        String own = base.getProtocol() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());

        assertTaken(post(report(episode.getId(), "view-on-the-portal-1", "earmark", "[[0, 5]]"), "Origin", PORTAL));
        assertTaken(post(report(episode.getId(), "view-on-a-stranger-1", "earmark", "[[0, 5]]"), "Origin",
                "https://stranger.example.org"));
        assertTaken(post(embed("view-in-the-portals-frame", PORTAL), "Origin", own));
        assertTaken(post(embed("view-in-a-strangers-frame", "https://stranger.example.org")));
        assertTaken(post(report(episode.getId(), "view-on-earmarks-page", "earmark", "[[0, 5]]"), "Origin", own));

        List<Object[]> rows = awaitRows(episode, 5);
        assertEquals("view-in-a-strangers-frame EMBED -, view-in-the-portals-frame EMBED " + PORTAL
                + ", view-on-a-stranger-1 EMBED -, view-on-earmarks-page EARMARK -, view-on-the-portal-1 EMBED " + PORTAL,
                rows.stream().map(row -> row[0] + " " + row[2] + " " + ("".equals(row[3]) ? "-" : row[3])).sorted()
                        .collect(Collectors.joining(", ")));
    }

    @Test
    void aClosedCatalogueTakesReportsOfSignedInListenersOnly() {
        System.setProperty("earmark.anonymous-browsing", "false");

        WebClient.Reply stranger = post(report(episode.getId(), "view-of-a-stranger", "earmark", "[[0, 5]]"));
        assertEquals(401, stranger.status());
        assertNull(stranger.header("Set-Cookie"));
        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        WebClient.Reply signedIn = listener.send(listener.request("api/listening").header("Content-Type", "text/plain")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(report(episode.getId(), "view-of-a-colleague", "earmark",
                        "[[0, 5]]"))));

        assertTaken(signedIn);
        List<Object[]> rows = awaitRows(episode, 1);
        assertEquals("view-of-a-colleague", rows.get(0)[0]);
        assertEquals("0-5", ranges(rows));
        assertNothingNamesTheClient(episode);
        assertFalse(Arrays.stream(rows.get(0)).anyMatch(value -> String.valueOf(value).contains("listener")),
                "the signed-in listener is nowhere");
    }

    @Test
    void limitsTheReportsOfOneClient() {
        for (int i = 0; i < ListeningReports.PER_MINUTE; i++) {
            assertEquals(204, post(report(episode.getId(), "view-of-a-busy-client", "earmark",
                    "[[" + i + ", " + (i + 1) + "]]")).status(), "report " + (i + 1));
        }
        // The allowance refills by one a second while the reports are sent.
        WebClient.Reply refused = IntStream.range(0, 60)
                .mapToObj(i -> post(report(episode.getId(), "view-of-a-busy-client", "earmark", "[[0, 1]]")))
                .filter(reply -> reply.status() != 204).findFirst().orElseThrow();

        assertRefused(429, "at most 60 a minute", refused);
        assertEquals("1", refused.header("Retry-After"));
        userAgent = userAgent + " another";
        assertTaken(post(report(episode.getId(), "view-of-another-client", "earmark", "[[0, 1]]")));
    }

    @Test
    void theDailyCapRefusesAndCountsWhatIsOver() {
        System.setProperty("earmark.insights.daily-cap", "1000");
        String fifty = IntStream.range(0, 50).mapToObj(i -> "[" + i * 40 + ", " + (i * 40 + 30) + "]")
                .collect(Collectors.joining(", ", "[", "]"));

        for (int i = 0; i < 21; i++) {
            assertTaken(post(report(episode.getId(), "view-of-a-flood-" + (100 + i), "earmark", fifty)));
        }

        // Refusals are counted when the reports come, the taken ranges when the queue is written: wait for both.
        Eventually.await("1,000 stored, 50 refused", recorder.writings(),
                () -> count(episode) == 1000 && refused(episode) == 50 ? true : null);
        assertEquals(List.of(today().toString()), sql.rows("SELECT calendar_day FROM insights_refusal"
                + " WHERE episode_id = ?", episode.getId()).stream().map(row -> row[0].toString()).toList());
        assertTaken(post(report(episode.getId(), "view-of-a-flood-121", "earmark", "[[0, 1]]")));
        Eventually.await("one more refusal", recorder.writings(), () -> refused(episode) == 51 ? true : null);
        assertEquals(1000, count(episode));
    }

    @Test
    void aDaysSaltIsGoneWhenTheDayIsOver() {
        String todays = clientHashes.today("192.0.2.10", userAgent);
        sql.update("INSERT INTO insights_salt (id, version, calendar_day, salt) VALUES (?, 0, ?, ?)",
                -System.nanoTime(), today().minusDays(1), "a-salt-of-yesterday-that-a-server-left");
        clientHashes.forgetPastDays();
        assertEquals(List.of(today().toString()), saltsUpTo(today()));
        assertEquals(todays, clientHashes.today("192.0.2.10", userAgent), "today's stays");

        advanceClock(Duration.ofDays(1));
        String tomorrows = clientHashes.today("192.0.2.10", userAgent);
        clientHashes.forgetPastDays();

        assertNotEquals(todays, tomorrows, "no hash matches another day's");
        assertEquals(List.of(today().toString()), saltsUpTo(today()), "tomorrow's alone: today's is gone");
    }

    private String embed(String view, String origin) {
        return "{\"episode\": " + episode.getId() + ", \"view\": \"" + view + "\", \"context\": \"embed\", \"origin\": \""
                + origin + "\", \"ranges\": [[0, 5]]}";
    }

    private static String report(long episodeId, String view, String context, String ranges) {
        return "{\"episode\": " + episodeId + ", \"view\": \"" + view + "\", \"context\": \"" + context
                + "\", \"ranges\": " + ranges + "}";
    }

    /** As {@code navigator.sendBeacon(url, string)} sends it. */
    private WebClient.Reply post(String body, String... headers) {
        HttpRequest.Builder request = web.request("api/listening").header("Content-Type", "text/plain;charset=UTF-8")
                .header("User-Agent", userAgent).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return web.send(request);
    }

    /** Reports are written in order: once a report sent last is stored, any sent before it would be too. */
    private void awaitMarker() {
        assertTaken(post(report(episode.getId(), "view-of-the-marker", "earmark", "[[0, 1]]")));
        Eventually.await("the marker", recorder.writings(), () -> sql.rows("SELECT id FROM listening_event"
                + " WHERE episode_id = ? AND view_key = ?", episode.getId(), "view-of-the-marker").isEmpty() ? null : true);
    }

    /** Columns: view key, client hash, context, origin, client class, start, end, day; by start and view. */
    private List<Object[]> awaitRows(Episode of, int count) {
        Eventually.await(count + " rows", recorder.writings(), () -> count(of) >= count ? true : null);
        return sql.rows("SELECT view_key, client_hash, context, origin, client_class, start_second, end_second,"
                + " calendar_day FROM listening_event WHERE episode_id = ? ORDER BY start_second, view_key", of.getId());
    }

    private long count(Episode of) {
        return ((Number) sql.row("SELECT COUNT(*), 0 FROM listening_event WHERE episode_id = ?", of.getId())[0])
                .longValue();
    }

    private long refused(Episode of) {
        return ((Number) sql.row("SELECT COALESCE(SUM(refused), 0), 0 FROM insights_refusal WHERE episode_id = ?",
                of.getId())[0]).longValue();
    }

    private List<String> saltsUpTo(LocalDate day) {
        return sql.rows("SELECT calendar_day FROM insights_salt WHERE calendar_day <= ? ORDER BY calendar_day", day)
                .stream().map(row -> row[0].toString()).toList();
    }

    private static String ranges(List<Object[]> rows) {
        return rows.stream().map(row -> row[5] + "-" + row[6]).collect(Collectors.joining(" "));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), settings.displayZone());
    }

    /** No column of any of the episode's rows holds the address the server saw or any part of the user agent. */
    private void assertNothingNamesTheClient(Episode of) {
        List<String> identifying = List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1", "localhost", "iPhone", "Mozilla",
                "beacon-it", userAgent.substring(userAgent.lastIndexOf('/') + 1));
        for (Object[] row : sql.rows("SELECT * FROM listening_event WHERE episode_id = ?", of.getId())) {
            for (Object value : row) {
                for (String part : identifying) {
                    assertFalse(String.valueOf(value).contains(part), value + " holds " + part);
                }
            }
        }
    }

    private static void assertTaken(WebClient.Reply reply) {
        assertEquals(204, reply.status(), reply.body());
        assertEquals("", reply.body());
        assertEquals("no-store", reply.header("Cache-Control"));
        assertNull(reply.header("Set-Cookie"));
    }

    private static void assertRefused(int status, String reason, WebClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(String.valueOf(reply.contentType()).startsWith("application/json"), reply.contentType());
        JsonObject error = reply.object();
        assertEquals(status, error.getInt("status"));
        assertTrue(error.getString("message").contains(reason), error.getString("message"));
        assertEquals("no-store", reply.header("Cache-Control"));
        assertNull(reply.header("Set-Cookie"));
    }
}
