package dev.earmark.sharing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.snips.web.ApiSnips;
import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.PlayerBrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Sharing a moment, as a listener does it: their snip's page offers the share menu (the link copied, the plain links
 * right, Escape closing it), they share the snip with anyone, and a visitor who has not signed in opens its link and
 * hears the moment, from its start to its end. The player's own menu shares the same link.
 */
class SharingBrowserIT extends PlayerBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aListenerSharesASnipWithAnyoneAndAVisitorHearsJustTheMoment() {
        WebClient listener = WebClient.signIn(base, SignIn.LISTENER, "listener-demo");
        WebClient.Reply created = ApiSnips.save(listener, DemoShow.archiveId(base), 120, 60);
        assertEquals(201, created.status(), created.body());
        JsonObject snip = created.object();
        String shareUrl = snip.getString("shareUrl");
        double start = snip.getJsonNumber("startSeconds").doubleValue();
        double end = snip.getJsonNumber("endSeconds").doubleValue();

        SignIn.as(browser, base, SignIn.LISTENER);
        ((ChromeDriver) driver()).executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("snips/" + snip.getJsonNumber("id"));
        WebElement button = driver().findElement(By.cssSelector(".share-menu-button"));
        WebElement items = driver().findElement(By.cssSelector(".share-menu-items"));
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(items.isDisplayed(), "the menu opens on demand");
        button.click();
        assertEquals("true", button.getAttribute("aria-expanded"));
        String encoded = URLEncoder.encode(shareUrl, StandardCharsets.UTF_8);
        assertEquals("https://www.linkedin.com/sharing/share-offsite/?url=" + encoded,
                items.findElement(By.cssSelector(".share-linkedin")).getAttribute("href"));
        assertTrue(items.findElement(By.cssSelector(".share-teams")).getAttribute("href")
                .startsWith("https://teams.microsoft.com/share?href=" + encoded + "&msgText="));
        assertTrue(items.findElement(By.cssSelector(".share-email")).getAttribute("href").startsWith("mailto:?subject="));
        items.findElement(By.cssSelector("[data-share=copy]")).click();
        browser.waitUpTo(WAIT).until(driver -> "Link copied.".equals(browser.text(".share-menu-status")));
        assertEquals(shareUrl, ((ChromeDriver) driver()).executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0]);"), "the link is on the clipboard");
        button.click();
        items.findElement(By.cssSelector(".share-x")).sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(items.isDisplayed(), "Escape closes the menu");
        assertTrue(button.equals(driver().switchTo().activeElement()), "and focus is back on its button");
        button.click();
        items.findElement(By.cssSelector(".share-whatsapp")).sendKeys(Keys.TAB);
        assertEquals("false", button.getAttribute("aria-expanded"), "Tab past the last item closes the menu");
        assertFalse(items.isDisplayed());

        new Select(driver().findElement(By.id("share-form:sharing"))).selectByValue("ANYONE");
        browser.clickThrough(driver().findElement(By.id("share-form:share")));
        assertEquals("Sharing saved.", browser.text(".messages"));
        assertEquals("ANYONE", new Select(driver().findElement(By.id("share-form:sharing")))
                .getFirstSelectedOption().getAttribute("value"));

        // The player on the episode page shares the listener's latest snip by the same link.
        open(DemoShow.ARCHIVE_PAGE);
        waitReady();
        browser.script("document.querySelector('earmark-player').shadowRoot.querySelector('audio').muted = true;");
        shadow().findElement(By.cssSelector(".play")).click();
        WebElement share = browser.waitUpTo(WAIT).until(driver -> shadow().findElements(By.cssSelector(".sn-sh"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        share.click();
        WebElement whatsapp = browser.waitUpTo(WAIT).until(driver -> shadow().findElements(
                By.cssSelector(".sn-share a[href^='https://wa.me/']")).stream().findFirst().orElse(null));
        assertTrue(whatsapp.getAttribute("href").endsWith(URLEncoder.encode(shareUrl, StandardCharsets.UTF_8)),
                whatsapp.getAttribute("href"));
        assertEquals("true", share.getAttribute("aria-expanded"));
        whatsapp.sendKeys(Keys.ESCAPE);
        assertEquals("false", share.getAttribute("aria-expanded"), "Escape closes the player's menu too");
        share.click();
        assertEquals("true", share.getAttribute("aria-expanded"));
        driver().findElement(By.tagName("h1")).click();
        assertEquals("false", share.getAttribute("aria-expanded"), "a click elsewhere closes it");

        SignIn.out(browser, base);
        browser.driver().get(shareUrl);
        assertHeading(snip.getString("title"));
        waitReady();
        assertEquals(start, time(), 0.5, "the player stands at the moment's start");
        browser.script("document.querySelector('earmark-player').shadowRoot.querySelector('audio').muted = true;");
        shadow().findElement(By.cssSelector(".play")).click();
        browser.waitUpTo(WAIT).until(driver -> !paused() && time() > start);
        assertTrue(time() < start + 5, "it plays from the moment's start: " + time());
        // Near the end, so that the test need not listen to the whole minute.
        browser.script("document.querySelector('earmark-player').shadowRoot.querySelector('audio').currentTime = "
                + (end - 2) + ";");
        browser.waitUpTo(WAIT).until(driver -> paused());
        assertEquals(end, time(), 0.6, "it stops at the moment's end");
        assertNoViolations("the moment's page");
    }

    private static WebDriver driver() {
        return browser.driver();
    }
}
