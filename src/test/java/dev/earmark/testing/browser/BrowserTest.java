package dev.earmark.testing.browser;

import dev.earmark.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What every browser test has: the shipped WAR (with the /test-support endpoints), its URL, and
 * one headless Chromium for the test class, driven from outside the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    protected static Browser browser;

    @ArquillianResource
    protected URL base;

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

    /** Opens a path below the application, e.g. "shows/meta-tech-podcast". */
    protected void open(String path) {
        browser.driver().get(base + path);
    }

    /** The page's main heading, once the page that shows it has arrived (navigation can lag a click). */
    protected String heading() {
        return browser.waitUpTo(Duration.ofSeconds(15)).until(driver -> driver.findElement(By.tagName("h1"))).getText();
    }
}
