package dev.earmark.testing.browser;

import static org.junit.jupiter.api.Assertions.fail;

import dev.earmark.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;

/**
 * What every browser test has: the test deployment (the shipped WAR with the /test-support endpoints), its
 * URL, one headless Chromium for the test class, driven from outside the server, and the server's clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    protected static Browser browser;

    @ArquillianResource
    protected URL base;

    private boolean clockMoved;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.earmarkWithTestSupport();
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void resetClock() {
        if (clockMoved) {
            TestSupport.resetClock(base);
        }
    }

    /** Moves the server's clock forward instead of waiting; it goes back after this test. */
    protected void advanceClock(Duration by) {
        clockMoved = true;
        TestSupport.advanceClock(base, by);
    }

    /** Opens a path below the application, e.g. "shows/meta-tech-podcast". */
    protected void open(String path) {
        browser.driver().get(base + path);
    }

    /**
     * Waits for the page whose main heading is the expected one: until the next page has arrived
     * the old one (or none) is on screen, so a heading read at once may be the previous page's.
     */
    protected void assertHeading(String expected, String... context) {
        try {
            // Any WebDriver error reading the heading means the page is being replaced (see Browser.isGone).
            browser.waitUpTo(Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(driver -> driver.findElements(By.tagName("h1")).stream()
                            .anyMatch(heading -> expected.equals(heading.getText())));
        } catch (TimeoutException e) {
            fail(String.join(" ", context) + " expected the page headed \"" + expected + "\" but "
                    + browser.driver().getCurrentUrl() + " shows " + browser.script(
                            "return Array.from(document.querySelectorAll('h1'), h => h.textContent.trim());"), e);
        }
    }
}
