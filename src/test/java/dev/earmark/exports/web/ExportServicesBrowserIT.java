package dev.earmark.exports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.FakeReadwise;
import dev.earmark.testing.server.WebClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A listener connects Readwise on the export page — a wrong token is refused there and kept nowhere, the right one
 * connects and is never shown again — sends the snips of an episode and sees the sync's result, against a fake Readwise
 * that this test runs and the server calls.
 */
class ExportServicesBrowserIT extends BrowserTest {

    private static final String READWISE_URL = "earmark.readwise.base-url";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern SEND = Pattern.compile("Send (one|\\d+) snips? to Readwise");

    @Test
    void aListenerConnectsReadwiseSendsAnEpisodesSnipsAndSeesTheResult() {
        try (FakeReadwise readwise = FakeReadwise.start()) {
            TestSupport.setProperty(base, READWISE_URL, readwise.base().toString());
            long episode = DemoShow.archiveId(base);
            WebClient listener = WebClient.signIn(base, SignIn.LISTENER, "listener-demo");
            WebClient.Reply saved = listener.send(listener.request("api/snips").header("Content-Type", "application/json")
                    .header("Accept", "application/json").header(WebClient.CHANGE_HEADER, "1")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"episodeId\":" + episode + ",\"atSeconds\":300,\"lengthSeconds\":45}")));
            assertEquals(201, saved.status(), saved.body());

            SignIn.as(browser, base, SignIn.LISTENER);
            open("snips/export?episode=" + episode);
            browser.driver().findElement(By.id("readwise-connect:readwiseToken")).sendKeys("rw-wrong-token");
            browser.clickThrough(browser.driver().findElement(By.id("readwise-connect:connect")));
            String refused = browser.waitUpTo(WAIT).until(page -> {
                String text = browser.text("#readwise-connect\\:readwiseTokenMessage");
                return text.isEmpty() ? null : text;
            });
            assertEquals("Readwise refused the token. Check it and connect again.", refused);
            assertEquals("", browser.driver().findElement(By.id("readwise-connect:readwiseToken")).getAttribute("value"));
            WebElement tokenField = browser.driver().findElement(By.id("readwise-connect:readwiseToken"));
            assertEquals("true", tokenField.getAttribute("aria-invalid"));
            assertEquals("readwiseTokenHint readwise-connect:readwiseTokenMessage", tokenField.getAttribute("aria-describedby"),
                    "a screen reader reads the error with the field");
            assertEquals("Connect (Readwise)", browser.driver().findElement(By.id("readwise-connect:connect"))
                    .getAttribute("aria-label"), "told apart from Notion's Connect");

            browser.driver().findElement(By.id("readwise-connect:readwiseToken")).sendKeys(FakeReadwise.VALID_TOKEN);
            browser.clickThrough(browser.driver().findElement(By.id("readwise-connect:connect")));
            String label = browser.waitUpTo(WAIT).until(page -> page.findElements(By.id("readwise-send:send")).stream()
                    .findFirst().map(button -> button.getAttribute("value")).orElse(null));
            assertTrue(browser.driver().getPageSource().contains("Connected to Readwise."));
            assertFalse(browser.driver().getPageSource().contains(FakeReadwise.VALID_TOKEN), "the token is never shown again");
            Matcher count = SEND.matcher(label);
            assertTrue(count.matches(), label);
            int snips = "one".equals(count.group(1)) ? 1 : Integer.parseInt(count.group(1));
            assertTrue(snips >= 1, label);

            browser.clickThrough(browser.driver().findElement(By.id("readwise-send:send")));
            assertTrue(browser.driver().getPageSource().contains("in the background"));
            String result = browser.waitUpTo(WAIT).until(page -> {
                open("snips/export?episode=" + episode);
                String state = browser.text("#readwise-state");
                return state.startsWith("Last sync") ? state : null;
            });
            assertTrue(result.endsWith(": " + snips + " sent, 0 already there unchanged."), result);
            assertEquals(snips, readwise.highlights().size());
            assertFalse(WebClient.signIn(base, SignIn.LISTENER, "listener-demo").get("snips/export", "text/html").body()
                    .contains(FakeReadwise.VALID_TOKEN));

            browser.clickThrough(browser.driver().findElement(By.id("readwise-disconnect:disconnect")));
            browser.waitUpTo(WAIT).until(page -> !page.findElements(By.id("readwise-connect:readwiseToken")).isEmpty());
        } finally {
            TestSupport.clearProperty(base, READWISE_URL);
        }
    }
}
