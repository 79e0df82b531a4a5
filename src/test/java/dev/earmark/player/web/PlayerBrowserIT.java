package dev.earmark.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.Browser;
import dev.earmark.testing.browser.PlayerBrowserTest;
import dev.earmark.testing.browser.PortalServer;
import dev.earmark.testing.browser.SignIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The player in Chromium, as listeners meet it: framed by a portal on another origin, as a custom
 * element on that portal, on Earmark's episode page, and in the show embed. It plays, jumps by
 * chapter, changes speed, resumes after a reload and follows deep links; an origin that is not
 * allowed cannot frame it or read its data; axe-core finds no accessibility violation.
 * The demo's ARCHIVE episode has 14 chapters, "Rebound" at 41:25 (2485 s).
 */
class PlayerBrowserIT extends PlayerBrowserTest {

    private static final double REBOUND = 2485;

    @RegisterExtension
    static final PortalServer.PerClass portal = new PortalServer.PerClass();

    private long archiveId;

    @BeforeEach
    void portalPages() {
        archiveId = DemoShow.archiveId(base);
        portal.page("/iframe.html", "<iframe src=\"" + base + "embed/episodes/" + archiveId
                + "\" title=\"Earmark player\" width=\"640\" height=\"400\" loading=\"lazy\"></iframe>");
        portal.page("/deep-link.html", "<iframe src=\"" + base + "embed/episodes/" + archiveId
                + "#t=41:25,41:27\" title=\"Earmark player\" width=\"640\" height=\"400\"></iframe>");
        portal.page("/frame-check.html", "<iframe src=\"" + base + "embed/episodes/" + archiveId
                + "\" title=\"Earmark player\" onload=\"document.body.setAttribute('data-frame', 'loaded')\"></iframe>");
        portal.page("/element.html", "<script src=\"" + base + "widget.js\" async></script><earmark-player episode=\""
                + archiveId + "\"></earmark-player>");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void iframeOnAPortalPlaysJumpsChangesSpeedAndResumes() {
        browser.driver().get(portal.allowed("/iframe.html"));
        intoFrame();
        playJumpAndChangeSpeed();
        pause();

        browser.driver().navigate().refresh();
        intoFrame();
        resume();
        pause();
        browser.driver().switchTo().defaultContent();
    }

    @Test
    void iframeFollowsAMediaFragmentRange() {
        browser.driver().get(portal.allowed("/deep-link.html"));
        intoFrame();
        followRange();
        browser.driver().switchTo().defaultContent();
    }

    @Test
    void customElementOnAPortalPlaysJumpsChangesSpeedResumesAndFollowsLinks() {
        browser.driver().get(portal.allowed("/element.html"));
        waitReady();
        playJumpAndChangeSpeed();
        pause();

        browser.driver().navigate().refresh();
        resume();
        pause();

        browser.driver().get("about:blank");
        browser.driver().get(portal.allowed("/element.html") + "#t=41:25,41:27");
        followRange();

        browser.driver().get(portal.allowed("/element.html") + "?t=1:30");
        waitReady();
        assertEquals(90, time(), 0.5, "Podlove's ?t= starts there");
    }

    /** Signed in, the position is kept on the server: another browser (a fresh profile) is offered it too. */
    @Test
    void signedInListenerResumesOnAnotherDevice() {
        SignIn.as(browser, base, SignIn.LISTENER);
        browser.driver().get(base + DemoShow.ARCHIVE_PAGE);
        playJumpAndChangeSpeed();
        pause();

        Browser laptop = browser;
        browser = Browser.start();
        try {
            SignIn.as(browser, base, SignIn.LISTENER);
            browser.waitUpTo(PATIENCE).until(driver -> {
                driver.get(base + DemoShow.ARCHIVE_PAGE);
                waitReady();
                return shadow().findElement(By.cssSelector(".resume")).isDisplayed();
            });
            resume();
        } finally {
            browser.close();
            browser = laptop;
            SignIn.out(browser, base);
        }
    }

    @Test
    void anOriginNotAllowedCanNeitherFrameNorFetch() {
        assertFramed(portal.allowed("/frame-check.html"), true);
        assertFramed(portal.notAllowed("/frame-check.html"), false);

        browser.driver().get(portal.notAllowed("/element.html"));
        browser.waitUpTo(PATIENCE).until(driver -> !shadow().findElements(By.cssSelector("[role=alert]")).isEmpty());
    }

    @Test
    void aPortalAddressWithAStrayPercentOrItsOwnTStillGetsAPlayer() {
        // In the fragment, as the portal's server would refuse the malformed query itself.
        browser.driver().get(portal.allowed("/element.html") + "#filter=100%&t=today");
        waitReady();
        assertEquals(0, time(), 0.5);
    }

    /** Waits for the frame's load event (a blocked frame fires it too), then looks inside. */
    private static void assertFramed(String page, boolean expected) {
        browser.driver().get(page);
        browser.waitUpTo(PATIENCE).until(driver -> "loaded".equals(
                driver.findElement(By.tagName("body")).getAttribute("data-frame")));
        browser.driver().switchTo().frame(browser.driver().findElement(By.tagName("iframe")));
        try {
            assertEquals(expected, !browser.driver().findElements(By.tagName("earmark-player")).isEmpty(), page);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void showEmbedStartsWithTheLatestEpisodeAndOffersTheOthers() {
        browser.driver().get(base + "embed/shows/" + DemoShow.SLUG);
        waitReady();
        List<WebElement> options = shadow().findElements(By.cssSelector("select option"));
        assertEquals(10, options.size());
        assertTrue(options.get(0).getText().startsWith("60:"), options.get(0).getText());
        assertTrue(shadow().findElement(By.cssSelector(".title")).getText().startsWith("60:"));

        options.stream().filter(option -> option.getText().startsWith("ARCHIVE")).findFirst().orElseThrow().click();
        browser.waitUpTo(PATIENCE).until(driver -> shadow().findElement(By.cssSelector(".title")).getText()
                .startsWith("ARCHIVE") && shadow().findElements(By.cssSelector(".chapters button")).size() == 14);
    }

    @Test
    void episodePageUsesTheWidgetAndOffersThreeSnippets() {
        browser.driver().get(base + DemoShow.ARCHIVE_PAGE);
        waitReady();
        assertEquals(14, shadow().findElements(By.cssSelector(".chapters button")).size());
        assertEquals(2, browser.driver().findElements(By.cssSelector("link[rel=alternate][type$='+oembed']")).size());

        browser.driver().findElement(By.cssSelector(".embed-panel summary")).click();
        String iframe = browser.driver().findElement(By.id("embed-iframe")).getAttribute("value");
        assertTrue(iframe.contains("/earmark/embed/episodes/" + archiveId + "\"") && iframe.contains("loading=\"lazy\"")
                && iframe.contains("title=\"Earmark player: ARCHIVE"), iframe);
        String script = browser.driver().findElement(By.id("embed-script")).getAttribute("value");
        assertTrue(script.contains("/earmark/widget.js") && script.contains("<earmark-player episode=\"" + archiveId + "\">"),
                script);
        String oembed = browser.driver().findElement(By.id("embed-oembed")).getAttribute("value");
        assertTrue(oembed.contains("/earmark/oembed?url=") && oembed.contains(DemoShow.ARCHIVE), oembed);
        assertTrue(browser.driver().findElement(By.id("copy-embed-iframe")).isDisplayed(), "copy buttons with JavaScript");
    }

    @Test
    void embedPageSetsNoCookieAndFitsA320PixelScreen() {
        browser.driver().get(base + "embed/episodes/" + archiveId);
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().window().setSize(new Dimension(320, 800));
        browser.driver().get(base + "embed/episodes/" + archiveId);
        waitReady();
        assertTrue(browser.driver().manage().getCookies().isEmpty(), browser.driver().manage().getCookies().toString());
        long overflow = (Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow, "no horizontal scrolling at 320 px");
        assertTrue(shadow().findElement(By.cssSelector(".play")).isDisplayed());
    }

    @Test
    void axeFindsNoViolationsLightOrDark() {
        browser.driver().get(base + "embed/episodes/" + archiveId);
        waitReady();
        assertNoViolations("embed page, light");
        browser.driver().get(portal.allowed("/element.html"));
        waitReady();
        assertNoViolations("custom element on a portal");
        browser.driver().get(base + DemoShow.ARCHIVE_PAGE);
        waitReady();
        browser.driver().findElement(By.cssSelector(".embed-panel summary")).click();
        assertNoViolations("episode page with the Embed panel open");

        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.driver().get(base + "embed/episodes/" + archiveId);
            waitReady();
            assertNoViolations("embed page, dark");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private void playJumpAndChangeSpeed() {
        waitReady();
        SearchContext player = shadow();
        player.findElement(By.cssSelector(".play")).click();
        browser.waitUpTo(PATIENCE).until(driver -> !paused() && time() > 0.3);
        assertEquals("Pause", player.findElement(By.cssSelector(".play")).getAttribute("aria-label"));

        List<WebElement> chapters = player.findElements(By.cssSelector(".chapters button"));
        assertEquals(14, chapters.size());
        WebElement rebound = chapters.stream().filter(chapter -> chapter.getText().contains("Rebound")).findFirst()
                .orElseThrow();
        assertTrue(rebound.getText().contains("41:25"), rebound.getText());
        rebound.click();
        browser.waitUpTo(PATIENCE).until(driver -> !paused() && time() > REBOUND + 0.2);
        assertTrue(time() < REBOUND + 10, "playing from 41:25, at " + time());
        assertEquals("Rebound", player.findElement(By.cssSelector(".now")).getText());
        assertEquals("true", chapters.get(chapters.indexOf(rebound)).getAttribute("aria-current"));

        player.findElement(By.cssSelector(".speed")).click();
        assertEquals(1.25, rate(), 0.001);
        new Actions(browser.driver()).sendKeys(">").perform();
        assertEquals(1.5, rate(), 0.001);
        assertEquals("Speed 1.5×", player.findElement(By.cssSelector("[role=status]")).getAttribute("textContent"));
        new Actions(browser.driver()).sendKeys("<").sendKeys("<").perform();
        assertEquals(1.0, rate(), 0.001);

        double before = time();
        new Actions(browser.driver()).sendKeys("j").perform();
        assertTrue(time() < before - 10, "j skips back 15 s");
    }

    private void pause() {
        new Actions(browser.driver()).sendKeys("k").perform();
        browser.waitUpTo(PATIENCE).until(driver -> paused());
    }

    private void resume() {
        waitReady();
        WebElement resume = shadow().findElement(By.cssSelector(".resume"));
        assertTrue(resume.isDisplayed(), "a resume offer");
        assertTrue(resume.getText().startsWith("Resume at 41:"), resume.getText());
        resume.click();
        browser.waitUpTo(PATIENCE).until(driver -> !paused() && time() > REBOUND - 20);
    }

    private void followRange() {
        waitReady();
        assertEquals(REBOUND, time(), 0.5, "starts at #t");
        assertFalse(shadow().findElement(By.cssSelector(".resume")).isDisplayed(), "a link wins over resuming");
        shadow().findElement(By.cssSelector(".play")).click();
        browser.waitUpTo(PATIENCE).until(driver -> paused() && time() > REBOUND + 1.5);
        assertTrue(time() < REBOUND + 2.8, "stops at the end of the range, at " + time());
    }

    private void intoFrame() {
        WebElement frame = browser.waitUpTo(PATIENCE).until(driver -> driver.findElement(By.tagName("iframe")));
        browser.driver().switchTo().frame(frame);
    }
}
