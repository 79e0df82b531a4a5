package dev.earmark.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.Rfc4180;
import dev.earmark.testing.browser.PlayerBrowserTest;
import dev.earmark.testing.browser.PortalServer;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Listening insights from the player in Chromium (issue 15): a minute of the demo's ARCHIVE episode, played at 8× on
 * its Earmark page, in a portal's element and in the iframe a portal frames, comes to listening_event rows of one page
 * view each, with the context and origin of where it played and ranges of about 60 s. The beacons leave the browser's
 * cookies as they were; the player asks for its audio with via=player, its download link without.
 */
class ListeningBrowserIT extends PlayerBrowserTest {

    private static final double RATE = 8;
    private static final double A_MINUTE = 60;

    @RegisterExtension
    static final PortalServer.PerClass portal = new PortalServer.PerClass();

    private long archiveId;

    @BeforeEach
    void portalPages() {
        archiveId = DemoShow.archiveId(base);
        portal.page("/listening-element.html", "<script src=\"" + base + "widget.js\" async></script>"
                + "<earmark-player episode=\"" + archiveId + "\"></earmark-player>");
        portal.page("/listening-iframe.html", "<iframe src=\"" + base + "embed/episodes/" + archiveId
                + "\" title=\"Earmark player\" width=\"640\" height=\"400\"></iframe>");
    }

    @Test
    void aMinuteOnTheEpisodePageIsOnePageViewOnEarmark() {
        Set<String> before = views();
        browser.driver().get(base + DemoShow.ARCHIVE_PAGE);
        waitReady();
        String source = (String) audio("src");
        assertTrue(source.matches(".*/media/\\d+/[^?]+\\?via=player"), source);
        String download = shadow().findElement(By.cssSelector(".dl")).getAttribute("href");
        assertEquals(source.substring(0, source.indexOf('?')), download, "the download link stays plain");

        playAMinute();
        browser.driver().get("about:blank");

        assertOneNewPageView(before, "EARMARK", "");
    }

    @Test
    void aMinuteInAPortalsElementIsOnePageViewEmbeddedThereAndSetsNoCookie() {
        Set<String> before = views();
        browser.driver().get(portal.allowed("/listening-element.html"));
        waitReady();
        playAMinute();
        Object cookies = cookies();
        browser.driver().get("about:blank");

        assertOneNewPageView(before, "EMBED", origin(portal.allowed("/")));
        assertEquals(cookies, cookies(), "the beacon set no cookie");
    }

    @Test
    void aMinuteInTheIframeIsOnePageViewEmbeddedInTheFramingPortalAndSetsNoCookie() {
        Set<String> before = views();
        browser.driver().get(portal.allowed("/listening-iframe.html"));
        browser.driver().switchTo().frame(browser.driver().findElement(By.tagName("iframe")));
        try {
            waitReady();
            playAMinute();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        Object cookies = cookies();
        browser.driver().get("about:blank");

        assertOneNewPageView(before, "EMBED", origin(portal.allowed("/")));
        assertEquals(cookies, cookies(), "the beacon set no cookie");
    }

    /**
     * The acceptance: a minute of ARCHIVE on its Earmark page and a minute in a portal's element, once
     * aggregated, are two more plays of a minute each on the curators' dashboard, one on Earmark's pages and one on the
     * portal's origin, with the episode's drop-off curve and its chapters. Compared with the figures just before (other
     * tests play ARCHIVE today too), which are aggregated first so that nothing of theirs waits to be counted.
     */
    @Test
    void twoMinutesPlayedAreTwoPlaysOfAMinuteOnTheDashboardWithTheirPlaces() {
        String portalOrigin = origin(portal.allowed("/"));
        String today = TestSupport.post(base, "insights/aggregation");
        Figures before = figures(today, portalOrigin);

        Set<String> views = views();
        browser.driver().get(base + DemoShow.ARCHIVE_PAGE);
        waitReady();
        playAMinute();
        browser.driver().get(portal.allowed("/listening-element.html"));
        waitReady();
        playAMinute();
        browser.driver().get("about:blank");
        browser.waitUpTo(PATIENCE).until(driver -> newRows(views).stream().map(row -> row.getString("view"))
                .distinct().count() == 2);
        assertEquals(today, TestSupport.post(base, "insights/aggregation"));
        Figures after = figures(today, portalOrigin);

        assertEquals(before.plays() + 2, after.plays(), "two plays");
        assertEquals(before.onEarmark() + 1, after.onEarmark(), "one on Earmark's pages");
        assertEquals(before.onPortal() + 1, after.onPortal(), "one in the portal");
        long listened = after.listenedSeconds() - before.listenedSeconds();
        assertTrue(listened >= 2 * (A_MINUTE - 2) && listened <= 2 * (A_MINUTE + 6), "a minute each: " + listened);

        SignIn.as(browser, base, SignIn.EDITOR);
        browser.driver().get(base + "admin/insights?show=" + DemoShow.SLUG + "&episode=" + archiveId + "&period=7");
        List<String> marks = browser.driver().findElements(By.cssSelector("#chart-drop-off .chart-mark title")).stream()
                .map(title -> title.getAttribute("textContent")).toList();
        assertTrue(marks.size() > 10 && marks.get(0).endsWith("Intro"), "the drop-off curve with ARCHIVE's chapters: " + marks);
        assertTrue(browser.driver().findElement(By.id("chart-places")).getAttribute("textContent").contains(portalOrigin),
                "the portal is a place");
    }

    /** ARCHIVE's figures of the day, as the dashboard's CSV files give them to an editor. */
    private Figures figures(String day, String portalOrigin) {
        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");
        String query = "?show=" + DemoShow.SLUG + "&episode=" + archiveId + "&from=" + day + "&to=" + day;
        List<List<String>> places = csv(editor, "places", query);
        List<List<String>> episodes = csv(editor, "episodes", query);
        List<String> archive = episodes.stream().filter(row -> row.get(0).equals(String.valueOf(archiveId))).findFirst()
                .orElse(List.of("", "", "", "0", "", "0"));
        return new Figures(Long.parseLong(archive.get(3)), Long.parseLong(archive.get(5)),
                plays(places, "earmark", null), plays(places, "portal", portalOrigin));
    }

    private static List<List<String>> csv(WebClient editor, String chart, String query) {
        WebClient.Reply reply = editor.get("api/admin/insights/" + chart + ".csv" + query);
        assertEquals(200, reply.status(), reply.body());
        List<List<String>> rows = Rfc4180.read(reply.body().replace("\uFEFF", ""));
        return rows.subList(1, rows.size());
    }

    /** The plays of the place (of the name given, if any). */
    private static long plays(List<List<String>> places, String place, String name) {
        return places.stream().filter(row -> row.get(0).equals(place) && (name == null || row.get(1).equals(name)))
                .mapToLong(row -> row.get(2).isEmpty() ? 0 : Long.parseLong(row.get(2))).sum();
    }

    private record Figures(long plays, long listenedSeconds, long onEarmark, long onPortal) {
    }

    /** From the start, at 8×, until a minute of the episode has played; then paused, as a listener would. */
    private static void playAMinute() {
        browser.script("document.querySelector('earmark-player').shadowRoot.querySelector('audio').playbackRate = "
                + RATE + ";");
        shadow().findElement(By.cssSelector(".play")).click();
        browser.waitUpTo(PATIENCE).until(driver -> time() >= A_MINUTE);
        shadow().findElement(By.cssSelector(".play")).click();
        browser.waitUpTo(PATIENCE).until(driver -> paused());
        assertEquals(RATE, rate(), 0.001);
    }

    /** Every cookie of the browser, whatever its site. */
    private static Object cookies() {
        return ((ChromeDriver) browser.driver()).executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    /**
     * The beacons (sent when the page was left) of one page view that was not there before: all of one context and
     * origin, from the start of the episode, covering about a minute (whole seconds, the pause a moment late).
     */
    private void assertOneNewPageView(Set<String> before, String context, String origin) {
        browser.waitUpTo(PATIENCE).until(driver -> !newRows(before).isEmpty());
        List<JsonObject> rows = newRows(before);
        assertEquals(1, rows.stream().map(row -> row.getString("view")).distinct().count(), rows.toString());
        rows.forEach(row -> {
            assertEquals(context, row.getString("context"), rows.toString());
            assertEquals(origin, row.getString("origin"), rows.toString());
            assertTrue(row.getInt("start") < row.getInt("end"), rows.toString());
        });
        assertTrue(rows.get(0).getInt("start") <= 1, "from the start: " + rows);
        int covered = rows.stream().mapToInt(row -> row.getInt("end") - row.getInt("start")).sum();
        assertTrue(covered >= A_MINUTE - 2 && covered <= A_MINUTE + 6, "about a minute: " + rows);
        assertFalse(rows.get(0).getString("view").isEmpty());
    }

    private Set<String> views() {
        return rows().stream().map(row -> row.getString("view")).collect(Collectors.toSet());
    }

    private List<JsonObject> newRows(Set<String> before) {
        return rows().stream().filter(row -> !before.contains(row.getString("view"))).toList();
    }

    private List<JsonObject> rows() {
        String json = TestSupport.get(base, "listening-events?episode=" + archiveId);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
