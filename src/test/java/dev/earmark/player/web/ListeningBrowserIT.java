package dev.earmark.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.PlayerBrowserTest;
import dev.earmark.testing.browser.PortalServer;
import dev.earmark.testing.browser.TestSupport;
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
