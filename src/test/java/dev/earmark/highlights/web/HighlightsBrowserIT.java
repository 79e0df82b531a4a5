package dev.earmark.highlights.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.PlayerBrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.server.WebClient;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo's most saved moments, as a listener and a curator meet them: on the ARCHIVE episode's page (five demo
 * listeners saved one moment, three another), played from there and marked on the player's seek bar, on the
 * Highlights page by period, and hidden by a curator.
 */
class HighlightsBrowserIT extends PlayerBrowserTest {

    private static final String ARCHIVE_TITLE = "ARCHIVE: From Facebook Home to Instagram Stories";
    private static final Pattern SAVED_BY = Pattern.compile("saved by (\\d+) listeners");

    @Test
    void theArchiveEpisodesMostSavedMomentsPlayAreMarkedListedByPeriodAndACuratorHidesOne() {
        // The demo's moments are made in the background once the demo's snips are saved, seconds after deployment.
        browser.waitUpTo(PATIENCE).until(driver -> {
            open(DemoShow.ARCHIVE_PAGE);
            return driver.findElements(By.cssSelector("section.highlights .highlight")).size() == 2;
        });
        waitReady();
        WebElement section = browser.driver().findElement(By.cssSelector("section.highlights"));
        assertEquals("Most saved moments", section.findElement(By.tagName("h2")).getText());
        List<WebElement> moments = section.findElements(By.cssSelector(".highlight"));
        assertEquals(2, moments.size());
        // Five demo listeners saved the first, three the second (other tests' listeners may have snipped there too).
        List<Integer> listeners = moments.stream().map(HighlightsBrowserIT::listeners).toList();
        assertTrue(listeners.get(0) >= 5 && listeners.get(1) >= 3 && listeners.get(0) >= listeners.get(1),
                listeners.toString());
        assertNoViolations("the episode page with its most saved moments");

        WebElement play = moments.get(0).findElement(By.cssSelector("a.highlight-play"));
        String range = play.getAttribute("href").substring(play.getAttribute("href").indexOf("#t=") + 3);
        double start = Double.parseDouble(range.split(",")[0]);
        double end = Double.parseDouble(range.split(",")[1]);
        play.click();
        browser.waitUpTo(PATIENCE).until(driver -> !paused() && time() >= start - 0.5 && time() < end);

        // The marks come with the snips' code, after the first play.
        browser.waitUpTo(PATIENCE).until(driver -> Long.valueOf(2).equals(browser.script(
                "return document.querySelector('earmark-player').shadowRoot.querySelectorAll('.hl-marks u').length;")));
        assertEquals("Most saved moments", browser.script("return document.querySelector('earmark-player')"
                + ".shadowRoot.querySelector('.hl-marks').getAttribute('aria-label');"));
        String firstMark = (String) browser.script("return document.querySelector('earmark-player').shadowRoot"
                + ".querySelector('.hl-marks u[role=img]').getAttribute('aria-label');");
        assertTrue(firstMark.startsWith("Most saved moment ") && firstMark.contains("listeners: "), firstMark);

        browser.clickThrough(browser.driver().findElement(By.cssSelector(".site-nav .highlights-link")));
        assertHeading("Highlights");
        filter("This week", "Meta Tech Podcast");
        List<String> thisWeek = episodesListed();
        assertTrue(thisWeek.size() >= 2 && thisWeek.stream().allMatch(ARCHIVE_TITLE::equals),
                "the ARCHIVE episode's, saved two days ago: " + thisWeek);
        filter("All time", "Meta Tech Podcast");
        assertTrue(episodesListed().contains("56: How Threads was built in 5 months"), episodesListed().toString());

        SignIn.as(browser, base, SignIn.EDITOR);
        open("highlights?period=week&show=" + DemoShow.SLUG);
        List<WebElement> curated = browser.driver().findElements(By.cssSelector(".highlight"));
        WebElement fewest = curated.get(curated.size() - 1);
        String title = fewest.findElement(By.cssSelector(".highlight-title")).getText();
        WebElement hide = fewest.findElement(By.cssSelector("button.highlight-curate"));
        String hidden = hide.getAttribute("data-url");
        try {
            assertEquals("Hide from listeners: " + title, hide.getAccessibleName().replace(" :", ":"));
            assertNoViolations("the Highlights page for a curator");
            hide.click();
            browser.waitUpTo(PATIENCE).ignoring(StaleElementReferenceException.class).until(driver -> driver.findElements(By.cssSelector(".highlight-is-hidden"))
                    .stream().anyMatch(item -> item.getText().contains("Hidden from listeners")
                            && item.getText().contains("Show again")));

            SignIn.out(browser, base);
            open(DemoShow.ARCHIVE_PAGE);
            List<String> shown = browser.driver().findElements(By.cssSelector("section.highlights .highlight-title"))
                    .stream().map(WebElement::getText).toList();
            assertEquals(1, shown.size(), "hidden from listeners: " + shown);
        } finally {
            WebClient.signIn(base, SignIn.EDITOR, SignIn.EDITOR + "-demo")
                    .delete(hidden.substring(hidden.indexOf("/api/") + 1));
        }
    }

    private static int listeners(WebElement moment) {
        Matcher saved = SAVED_BY.matcher(moment.findElement(By.cssSelector(".highlight-listeners")).getText());
        assertTrue(saved.matches(), saved.toString());
        return Integer.parseInt(saved.group(1));
    }

    private void filter(String period, String show) {
        new Select(browser.driver().findElement(By.id("highlights-period"))).selectByVisibleText(period);
        new Select(browser.driver().findElement(By.id("highlights-show"))).selectByVisibleText(show);
        browser.clickThrough(browser.driver().findElement(By.cssSelector(".highlight-filters button[type=submit]")));
        assertHeading("Highlights");
    }

    private List<String> episodesListed() {
        return browser.driver().findElements(By.cssSelector(".highlight-episode a")).stream()
                .map(WebElement::getText).toList();
    }
}
