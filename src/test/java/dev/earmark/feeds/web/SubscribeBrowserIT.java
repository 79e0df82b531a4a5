package dev.earmark.feeds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.WebClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The subscribe page in Chromium: an open catalogue's plain feed addresses; in a closed one, a listener makes their
 * personal addresses (shown this once), makes new ones (the old stop working) and revokes them.
 */
class SubscribeBrowserIT extends BrowserTest {

    private static final String CLOSED = "earmark.anonymous-browsing";
    private static final String HEADING = "Subscribe in a podcast app";

    @Test
    void anOpenCataloguesPageShowsEveryFeedsPlainAddress() {
        SignIn.out(browser, base);
        open("");
        browser.clickThrough(browser.driver().findElement(By.cssSelector(".site-nav .subscribe-link")));
        assertHeading(HEADING);

        assertTrue(demoFeed().endsWith("/feeds/" + DemoShow.SLUG + ".xml"), demoFeed());
        assertTrue(browser.driver().findElement(By.id("opml-link")).getAttribute("href").endsWith("/feeds/shows.opml"));
        assertTrue(browser.driver().findElements(By.id("feed-token-form")).isEmpty(), "no tokens needed");
    }

    @Test
    void aListenerMakesRenewsAndRevokesTheirPersonalAddresses() {
        TestSupport.setProperty(base, CLOSED, "false");
        try {
            SignIn.as(browser, base, SignIn.LISTENER);
            open("subscribe");
            assertHeading(HEADING);
            if (!browser.driver().findElements(By.id("feed-token-form:revoke")).isEmpty()) {
                browser.clickThrough(browser.driver().findElement(By.id("feed-token-form:revoke")));
                assertHeading(HEADING);
            }
            assertTrue(browser.driver().findElements(By.cssSelector(".feed-url")).isEmpty(), "no address yet");

            browser.clickThrough(browser.driver().findElement(By.id("feed-token-form:make")));
            assertHeading(HEADING);
            String first = token(demoFeed());
            assertTrue(browser.driver().findElement(By.id("feed-token-once")).isDisplayed());
            assertTrue(browser.driver().findElement(By.id("opml-link")).getAttribute("href").endsWith("?token=" + first));
            assertEquals(200, opml(first));

            open("subscribe");
            assertHeading(HEADING);
            assertTrue(browser.driver().findElements(By.cssSelector(".feed-url")).isEmpty(), "shown once only");
            assertTrue(browser.driver().findElement(By.id("feed-token-since")).getText().startsWith("You made"));
            assertFalse(browser.driver().getPageSource().contains(first));

            browser.clickThrough(browser.driver().findElement(By.id("feed-token-form:make")));
            assertHeading(HEADING);
            String second = token(demoFeed());
            assertNotEquals(first, second);
            assertEquals(401, opml(first), "the old addresses stop working at once");
            assertEquals(200, opml(second));

            browser.clickThrough(browser.driver().findElement(By.id("feed-token-form:revoke")));
            assertHeading(HEADING);
            assertTrue(browser.driver().findElement(By.id("feed-token-none")).isDisplayed());
            assertEquals(401, opml(second));
        } finally {
            TestSupport.clearProperty(base, CLOSED);
        }
    }

    private String demoFeed() {
        List<WebElement> feeds = browser.driver().findElements(By.id("feed-" + DemoShow.SLUG));
        assertEquals(1, feeds.size(), "the demo show's address");
        return feeds.get(0).getAttribute("value");
    }

    private static String token(String feed) {
        int at = feed.indexOf("?token=");
        assertTrue(at > 0, feed);
        return feed.substring(at + "?token=".length());
    }

    private int opml(String token) {
        return WebClient.anonymous(base).fetch("feeds/shows.opml?token=" + token).statusCode();
    }
}
