package dev.earmark.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.PlayerBrowserTest;
import dev.earmark.testing.browser.PortalServer;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.server.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Snipping from the player as listeners do it, on the demo's ARCHIVE episode (speech for its first minutes): the key S
 * on the episode page, the Snip button on a portal page of another origin, a snip made while Earmark cannot be reached
 * (sent later, once), a snip made before signing in (moved into the account when the listener agrees) and one the
 * server refuses (dropped, with the reason). Each snip is looked for through the API as the listener.
 */
class SnippingBrowserIT extends PlayerBrowserTest {

    /** After an array of snips in a script, keeps each waiting in the browser (arguments[0]: {@link #snipsKey()}). */
    private static final String WAIT_EACH =
            ".forEach((snip) => localStorage.setItem(arguments[0] + snip.key, JSON.stringify(snip)));";
    /** How far the server may move a snip's ends to the transcript's cue boundaries. */
    private static final double ALIGNMENT = 12;

    @RegisterExtension
    static final PortalServer.PerClass portal = new PortalServer.PerClass();

    private long archiveId;
    private WebClient listener;

    @BeforeEach
    void listenerAndPortal() {
        base = PortalServer.onThePortalsSite(base);
        archiveId = DemoShow.archiveId(base);
        listener = WebClient.signIn(base, SignIn.LISTENER, SignIn.LISTENER + "-demo");
        portal.page("/snips.html", "<script src=\"" + base + "widget.js\" async></script><earmark-player episode=\""
                + archiveId + "\"></earmark-player>");
    }

    @AfterEach
    void signOut() {
        SignIn.out(browser, base);
    }

    @Test
    void theKeySOnTheEpisodePageSavesTheMinuteBefore() {
        SignIn.as(browser, base, SignIn.LISTENER);
        open(DemoShow.ARCHIVE_PAGE);
        forgetSnipsInTheBrowser();
        Set<Long> before = snipIds();

        playUntil(120);
        // The page's handler, not the player's: focus is outside the player.
        browser.script("document.body.tabIndex = -1; document.body.focus();");
        assertEquals(true, browser.script("return document.activeElement === document.body;"));
        new Actions(browser.driver()).sendKeys("s").perform();

        assertToast("Saved to your snips.");
        JsonObject snip = theOneNewSnip(before);
        assertEquals(60, snip.getJsonNumber("startSeconds").doubleValue(), ALIGNMENT, snip.toString());
        assertEquals(120, snip.getJsonNumber("endSeconds").doubleValue(), ALIGNMENT, snip.toString());
        assertEquals(DemoShow.ARCHIVE_PAGE.substring(DemoShow.ARCHIVE_PAGE.lastIndexOf('/') + 1),
                snip.getString("episodeSlug"));
        browser.waitUpTo(PATIENCE).until(driver -> !shadow().findElements(By.cssSelector(".sn-marks b.saved")).isEmpty());

        // Typed into the header's search field, "s" is a letter of the search, not a snip.
        Set<Long> withTheSnip = snipIds();
        browser.driver().findElement(By.id("site-search-q")).sendKeys("s");
        assertEquals("s", browser.driver().findElement(By.id("site-search-q")).getAttribute("value"));
        assertEquals("[]", waitingInTheBrowser(), "no snip queued");
        assertEquals(withTheSnip, snipIds(), "no snip saved");
    }

    /** With a length the listener chose in the player's snip settings, which the portal page's storage remembers. */
    @Test
    void aPortalOnAnotherOriginSavesTheSignedInListenersSnip() {
        SignIn.as(browser, base, SignIn.LISTENER);
        browser.driver().get(portal.allowed("/snips.html"));
        forgetSnipsInTheBrowser();
        Set<Long> before = snipIds();

        playUntil(180);
        shadow().findElement(By.cssSelector(".sn-set summary")).click();
        new Select(shadow().findElement(By.cssSelector(".sn-len select"))).selectByValue("90");
        assertEquals("90", browser.script("return localStorage.getItem('earmark:snip-length');"));
        shadow().findElement(By.cssSelector(".snip")).click();

        assertToast("Saved to your snips.");
        JsonObject snip = theOneNewSnip(before);
        assertEquals(90, snip.getJsonNumber("startSeconds").doubleValue(), ALIGNMENT, snip.toString());
        assertEquals(180, snip.getJsonNumber("endSeconds").doubleValue(), ALIGNMENT, snip.toString());
        browser.waitUpTo(PATIENCE).until(driver -> !shadow().findElements(By.cssSelector(".sn-marks b.saved")).isEmpty());
        assertNoViolations("portal page, the snip settings and a toast");
    }

    @Test
    void aSnipMadeWhileEarmarkCannotBeReachedIsSentLaterAndOnce() {
        SignIn.as(browser, base, SignIn.LISTENER);
        open(DemoShow.ARCHIVE_PAGE);
        forgetSnipsInTheBrowser();
        Set<Long> before = snipIds();
        String waiting;
        network().executeCdpCommand("Network.enable", Map.of());
        try {
            network().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/snips*")));
            playUntil(150);
            shadow().findElement(By.cssSelector(".snip")).click();
            assertToast("Kept in this browser until Earmark can be reached; it is sent then.");
            waiting = waitingInTheBrowser();
            List<JsonObject> queued = Json.createReader(new StringReader(waiting)).readArray().getValuesAs(JsonObject.class);
            assertEquals(1, queued.size(), waiting);
            assertEquals(150, queued.get(0).getJsonNumber("atSeconds").doubleValue(), 5, waiting);
            assertEquals(60, queued.get(0).getInt("lengthSeconds"), waiting);
            assertEquals(listenerId(), queued.get(0).getString("listener"), "to be sent with this listener's session alone");
            assertEquals(before, snipIds(), "nothing reached the server");
        } finally {
            network().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            network().executeCdpCommand("Network.disable", Map.of());
        }
        browser.waitUpTo(PATIENCE).until(driver -> "[]".equals(waitingInTheBrowser()));
        JsonObject snip = theOneNewSnip(before);
        assertEquals(150, snip.getJsonNumber("endSeconds").doubleValue(), ALIGNMENT, snip.toString());

        // Its answer lost, the same snip is sent again at the next load: the server keeps the one it saved.
        browser.script("JSON.parse(arguments[1])" + WAIT_EACH, snipsKey(), waiting);
        open(DemoShow.ARCHIVE_PAGE);
        waitReady();
        browser.waitUpTo(PATIENCE).until(driver -> "[]".equals(waitingInTheBrowser()));
        assertEquals(snip.getJsonNumber("id").longValue(), theOneNewSnip(before).getJsonNumber("id").longValue());
    }

    @Test
    void aSnipMadeBeforeSigningInMovesIntoTheAccountWhenTheListenerAgrees() {
        open(DemoShow.ARCHIVE_PAGE);
        forgetSnipsInTheBrowser();
        Set<Long> before = snipIds();
        playUntil(100);
        new Actions(browser.driver()).sendKeys("s").perform();
        assertToast("Kept in this browser: sign in to Earmark to keep it in your snips.");
        assertEquals(before, snipIds());

        SignIn.as(browser, base, SignIn.LISTENER);
        open(DemoShow.ARCHIVE_PAGE);
        waitReady();
        browser.waitUpTo(PATIENCE).until(driver -> shadow().findElement(By.cssSelector(".sn-move")).isDisplayed());
        assertEquals("Snips kept in this browser: 1. Move them into your account?",
                shadow().findElement(By.cssSelector(".sn-move p")).getText());
        assertEquals(shadow().findElement(By.cssSelector(".title")).getText() + " 0:40–1:40",
                shadow().findElement(By.cssSelector(".sn-list li")).getText(), "what it would move");
        shadow().findElement(By.cssSelector(".sn-yes")).click();

        assertToast("Moved into your account: 1 of 1.");
        assertEquals("snip", browser.script("return document.querySelector('earmark-player').shadowRoot.activeElement.className;"),
                "focus on the Snip button, not lost with the hidden offer");
        JsonObject snip = theOneNewSnip(before);
        assertEquals(100, snip.getJsonNumber("endSeconds").doubleValue(), ALIGNMENT, snip.toString());
        assertEquals("[]", waitingInTheBrowser());
    }

    /** On a shared computer, a snip another listener made waits for them: never sent or offered with this session. */
    @Test
    void anotherListenersWaitingSnipIsNeitherSentNorOffered() {
        SignIn.as(browser, base, SignIn.EDITOR);
        open(DemoShow.ARCHIVE_PAGE);
        waitReady();
        String editor = listenerId();
        SignIn.out(browser, base);
        SignIn.as(browser, base, SignIn.LISTENER);
        open(DemoShow.ARCHIVE_PAGE);
        forgetSnipsInTheBrowser();
        Set<Long> before = snipIds();
        browser.script("["
                + "{key: 'editors-snip', episodeId: arguments[1], atSeconds: 90, lengthSeconds: 60, listener: arguments[2]},"
                + "{key: 'listeners-snip', episodeId: arguments[1], atSeconds: 120, lengthSeconds: 60, listener: arguments[3]}]"
                + WAIT_EACH,
                snipsKey(), String.valueOf(archiveId), editor, listenerId());

        open(DemoShow.ARCHIVE_PAGE);
        waitReady();
        browser.waitUpTo(PATIENCE).until(driver -> !waitingInTheBrowser().contains("listeners-snip"));
        assertTrue(waitingInTheBrowser().contains("editors-snip"), "it waits for the editor");
        assertFalse(shadow().findElement(By.cssSelector(".sn-move")).isDisplayed(), "not offered to this listener");
        assertEquals(120, theOneNewSnip(before).getJsonNumber("endSeconds").doubleValue(), ALIGNMENT);
    }

    /** A snip the server refuses (here one past the episode's end) leaves the browser, and the toast says why. */
    @Test
    void aSnipTheServerRefusesIsDroppedWithItsReason() {
        SignIn.as(browser, base, SignIn.LISTENER);
        open(DemoShow.ARCHIVE_PAGE);
        forgetSnipsInTheBrowser();
        Set<Long> before = snipIds();
        browser.script("[{key: 'refused-snip-test', episodeId: arguments[1], atSeconds: 999999, lengthSeconds: 60,"
                + " listener: arguments[2]}]" + WAIT_EACH, snipsKey(), String.valueOf(archiveId),
                listenerId());

        open(DemoShow.ARCHIVE_PAGE);
        waitReady();
        browser.waitUpTo(PATIENCE).until(driver -> shadow().findElement(By.cssSelector(".toast")).getText()
                .startsWith("Not saved: "));
        String toast = shadow().findElement(By.cssSelector(".toast")).getText();
        assertTrue(toast.length() > "Not saved: ".length() + 10, toast);
        assertEquals("[]", waitingInTheBrowser(), "dropped");
        assertEquals(before, snipIds());
    }

    /** The opaque id of the listener signed in, as the episode page gives it to the player. */
    private String listenerId() {
        String id = (String) browser.script("return document.querySelector('earmark-player').getAttribute('signed-in');");
        assertTrue(id != null && id.matches("[0-9a-f]{64}"), id);
        return id;
    }

    /** Plays, then jumps to just before the moment and waits for it, so that the tap comes right after it. */
    private void playUntil(double moment) {
        waitReady();
        shadow().findElement(By.cssSelector(".play")).click();
        browser.waitUpTo(PATIENCE).until(driver -> !paused() && time() > 0.3);
        browser.script("document.querySelector('earmark-player').shadowRoot.querySelector('audio').currentTime = arguments[0];",
                moment - 0.5);
        browser.waitUpTo(PATIENCE).until(driver -> time() >= moment);
    }

    private void assertToast(String expected) {
        browser.waitUpTo(PATIENCE).until(driver -> expected.equals(shadow().findElement(By.cssSelector(".toast")).getText()));
        assertEquals("polite", shadow().findElement(By.cssSelector(".toast")).getAttribute("aria-live"), "announced");
    }

    private Set<Long> snipIds() {
        return snips().stream().map(snip -> snip.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private List<JsonObject> snips() {
        WebClient.Reply reply = listener.get("api/snips?episode=" + archiveId + "&size=100");
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject theOneNewSnip(Set<Long> before) {
        List<JsonObject> added = snips().stream().filter(snip -> !before.contains(snip.getJsonNumber("id").longValue()))
                .toList();
        assertEquals(1, added.size(), added.toString());
        return added.get(0);
    }

    /**
     * How the page's storage names a snip waiting for this Earmark (the widget's script address without its file name),
     * followed by the snip's key: one item per snip.
     */
    private String snipsKey() {
        return "earmark:" + base.toExternalForm().replaceFirst("/$", "") + ":snip:";
    }

    /** The snips waiting in the browser, as a JSON array. */
    private String waitingInTheBrowser() {
        return browser.script("return JSON.stringify(Object.keys(localStorage).filter((key) => key.startsWith(arguments[0]))"
                + ".map((key) => JSON.parse(localStorage.getItem(key))));", snipsKey()).toString();
    }

    private static void forgetSnipsInTheBrowser() {
        browser.script("localStorage.clear();");
    }

    private static ChromeDriver network() {
        return (ChromeDriver) browser.driver();
    }
}
