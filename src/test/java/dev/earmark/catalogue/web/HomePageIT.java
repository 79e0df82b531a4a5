package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.Deployments;
import dev.earmark.testing.browser.Browser;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.earmark();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void homePageShowsTheCatalogue() {
        browser.driver().get(base.toExternalForm());

        assertTrue(browser.driver().getTitle().contains("Earmark"), browser.driver().getTitle());
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Shows", browser.driver().findElement(By.tagName("h1")).getText());
    }
}
