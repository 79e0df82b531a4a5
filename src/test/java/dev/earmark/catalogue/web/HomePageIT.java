package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.server.WebClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The listener's pages as a whole, on the demo show: the home page's cards, each page's title,
 * description and link preview, clean addresses, a 320 px screen, and content that needs no script.
 */
class HomePageIT extends BrowserTest {

    private static final String SHOW = "shows/meta-tech-podcast";
    private static final String EPISODE = SHOW + "/episodes/archive-from-facebook-home-to-instagram-stories";

    @AfterEach
    void fullWidth() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void homePageShowsEachShowWithArtworkCountAndLatestEpisode() {
        browser.driver().get(base.toExternalForm());

        assertTrue(browser.driver().getTitle().contains("Earmark"), browser.driver().getTitle());
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertHeading("Shows");
        WebElement card = browser.driver().findElements(By.cssSelector(".show-card")).stream()
                .filter(candidate -> candidate.getText().contains("Meta Tech Podcast")).findFirst().orElseThrow();
        assertEquals("10 episodes", card.findElement(By.cssSelector(".show-card-count")).getText());
        assertTrue(card.findElement(By.cssSelector(".show-card-latest a")).getText().startsWith("60: Simplified Executable"),
                card.getText());
        WebElement artwork = card.findElement(By.cssSelector("img.show-card-artwork"));
        browser.waitUpTo(Duration.ofSeconds(15)).until(driver -> ((Number) browser.script(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", artwork)).intValue() > 0);
    }

    @Test
    void eachPageHasItsOwnTitleDescriptionAndLinkPreview() {
        for (List<String> page : List.of(List.of("", "Earmark"), List.of(SHOW, "Meta Tech Podcast"),
                List.of(EPISODE, "ARCHIVE: From Facebook Home to Instagram Stories"))) {
            browser.driver().get(base + page.get(0));
            String title = page.get(1);
            assertTrue(browser.driver().getTitle().contains(title), browser.driver().getTitle());
            assertEquals(title, meta("meta[property='og:title']"), page.get(0));
            assertEquals(base + page.get(0), meta("meta[property='og:url']"), page.get(0));
            assertFalse(meta("meta[name=description]").isBlank(), page.get(0));
            assertEquals(meta("meta[name=description]"), meta("meta[property='og:description']"), page.get(0));
        }
        browser.driver().get(base + SHOW);
        assertTrue(meta("meta[property='og:image']").startsWith("http"), "the show's artwork for previews");
    }

    @Test
    void addressesAreCleanAndPagesFitA320PixelScreen() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().window().setSize(new Dimension(320, 800));
        for (String page : List.of("", SHOW, EPISODE)) {
            browser.driver().get(base + page);
            long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow, "no sideways scrolling on /" + page);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.script(
                    "return Array.from(document.querySelectorAll('a[href]'), a => a.href).filter(h => h.startsWith(arguments[0]));",
                    base.toExternalForm());
            assertFalse(links.isEmpty(), page);
            assertTrue(links.stream().noneMatch(link -> link.contains(".xhtml") || link.contains("jsessionid")),
                    "clean links on /" + page + ": " + links);
        }
    }

    /** What a browser without JavaScript gets: the HTML as sent, before any script runs. */
    @Test
    void theEpisodePageWorksWithoutScript() {
        WebClient.Reply page = WebClient.anonymous(base).get(EPISODE, "text/html");

        assertEquals(200, page.status());
        assertTrue(page.body().contains("<audio class=\"episode-audio\" controls=\"controls\""), "a native player");
        assertEquals(14, page.body().split("class=\"chapter-link\" href=\"[^\"]*#t=", -1).length - 1,
                "every chapter a link to its moment");
        assertFalse(page.body().contains("jsessionid"));
    }

    private static String meta(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute("content");
    }
}
