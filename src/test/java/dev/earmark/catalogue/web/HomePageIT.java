package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class HomePageIT extends BrowserTest {

    @Test
    void homePageShowsTheCatalogue() {
        browser.driver().get(base.toExternalForm());

        assertTrue(browser.driver().getTitle().contains("Earmark"), browser.driver().getTitle());
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertHeading("Shows");
    }
}
