package dev.earmark.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.earmark.testing.browser.BrowserTest;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** A listener searches the demo from the header and lands on the second where it is said. */
class SearchBrowserIT extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void searchingFromTheHeaderPlaysThePassageFromItsSecond() {
        browser.driver().get(base.toString());
        WebElement box = browser.driver().findElement(By.id("site-search-q"));
        box.sendKeys("key transparency");
        box.sendKeys(Keys.ENTER);
        browser.waitUpTo(WAIT).until(driver -> !driver.findElements(By.cssSelector(".search-passage")).isEmpty());

        Results results = new AxeBuilder().analyze(browser.driver());
        assertTrue(results.getViolations().isEmpty(), "the search page with hits: " + results.getViolations().stream()
                .map(Rule::getId).toList());

        WebElement passage = browser.driver().findElements(By.cssSelector(".search-passage")).stream()
                .filter(link -> link.findElements(By.tagName("mark")).size() >= 2).findFirst().orElseThrow();
        assertTrue(passage.getText().toLowerCase().contains("key transparency"), passage.getText());
        String href = passage.getAttribute("href");
        double second = Double.parseDouble(href.substring(href.indexOf("#t=") + 3));
        browser.clickThrough(passage);

        String audio = "document.querySelector('earmark-player').shadowRoot.querySelector('audio')";
        browser.waitUpTo(WAIT).until(driver -> Boolean.TRUE.equals(browser.script(
                "const r = document.querySelector('earmark-player'); return !!(r && r.shadowRoot && r.shadowRoot.querySelector('audio'));")));
        browser.waitUpTo(WAIT).until(driver -> Math.abs(((Number) browser.script("return " + audio + ".currentTime;"))
                .doubleValue() - second) < 0.5);
        assertEquals(second, ((Number) browser.script("return " + audio + ".currentTime;")).doubleValue(), 0.5);
    }

    @Test
    void theHeaderBoxFitsA320PixelScreen() {
        browser.driver().manage().window().setSize(new Dimension(320, 800));
        try {
            browser.driver().get(base + "search?q=key+transparency");
            assertEquals(0L, browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));
            assertTrue(browser.driver().findElement(By.id("site-search-q")).isDisplayed());
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void resultsFollowTheWordsAsTheyAreTyped() {
        browser.driver().get(base + "search");
        WebElement box = browser.driver().findElement(By.id("search-q"));
        box.sendKeys("key transp");
        browser.waitUpTo(WAIT).until(driver -> !driver.findElements(By.cssSelector(".search-passage mark")).isEmpty());
        assertTrue(browser.driver().getCurrentUrl().contains("q=key%20transp"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().findElement(By.cssSelector(".search-hits")).getText().contains("Key Transparency"));
    }
}
