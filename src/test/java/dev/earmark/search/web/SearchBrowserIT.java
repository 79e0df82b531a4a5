package dev.earmark.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

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
    void resultsFollowTheWordsAsTheyAreTyped() {
        browser.driver().get(base + "search");
        WebElement box = browser.driver().findElement(By.id("search-q"));
        box.sendKeys("key transp");
        browser.waitUpTo(WAIT).until(driver -> !driver.findElements(By.cssSelector(".search-passage mark")).isEmpty());
        assertTrue(browser.driver().getCurrentUrl().contains("q=key%20transp"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().findElement(By.cssSelector(".search-hits")).getText().contains("Key Transparency"));
    }
}
