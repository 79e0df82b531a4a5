package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.TestSupport;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a listener sees in Chromium: the seed's show page from the demo content, paging, chapters
 * that play, and show notes that cannot run script.
 */
class CatalogueBrowserIT extends BrowserTest {

    private static final String PAGING_SHOW = "paging-forty-five";
    private static final String HOSTILE_SHOW = "hostile-notes";

    private static final Pattern SNIP_COUNT = Pattern.compile("(\\d+) snips?");

    /** The seed listing, newest first: date, duration, snips ("" for none), title. */
    private static final List<List<String>> SEED = List.of(
            List.of("Feb 16, 2024", "41min", "", "60: Simplified Executable Deployment with DotSlash"),
            List.of("Jan 31, 2024", "38min", "11 snips", "59: Meta ❤️ Python 3.12"),
            List.of("Dec 21, 2023", "30min", "", "58: Advancing GenAI at Meta"),
            List.of("Nov 30, 2023", "46min", "8 snips", "ARCHIVE: From Facebook Home to Instagram Stories"),
            List.of("Oct 30, 2023", "50min", "", "57: Writing and linting Python at scale"),
            List.of("Sep 29, 2023", "31min", "3 snips", "56: How Threads was built in 5 months"),
            List.of("Aug 30, 2023", "49min", "", "55: What it's like to ship code at Meta"),
            List.of("Jul 26, 2023", "43min", "", "54: Building Key Transparency at WhatsApp"),
            List.of("Jun 29, 2023", "42min", "", "53: Offensive security at Meta’s Red Team X"),
            List.of("Jun 2, 2023", "33min", "", "52: The success story behind PyTorch"));

    @Test
    void showPageListsTheSeedEpisodesInOrder() {
        browser.driver().get(base + "shows/meta-tech-podcast");

        assertHeading("Meta Tech Podcast");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".episode-row"));
        List<List<String>> shown = rows.stream().map(row -> List.of(
                row.findElement(By.cssSelector(".episode-date")).getText(),
                row.findElement(By.cssSelector(".episode-duration")).getText(),
                row.findElements(By.cssSelector(".episode-snips")).stream().map(WebElement::getText).findFirst().orElse(""),
                row.findElement(By.cssSelector(".episode-title")).getText())).toList();
        assertEquals(SEED.size(), shown.size(), shown.toString());
        for (int i = 0; i < SEED.size(); i++) {
            List<String> seed = SEED.get(i);
            List<String> row = shown.get(i);
            assertEquals(List.of(seed.get(0), seed.get(1), seed.get(3)), List.of(row.get(0), row.get(1), row.get(3)));
            // Other tests snip the demo episodes too (the same database serves every test): the demo's own snips at least.
            assertTrue(snips(row.get(2)) >= snips(seed.get(2)), row + " against the demo's " + seed);
        }
        assertTrue(browser.driver().getTitle().startsWith("Meta Tech Podcast"), browser.driver().getTitle());
        assertTrue(rows.get(3).getText().contains("From the archive"), "the ARCHIVE episode is marked");
    }

    @Test
    void pagesThroughFortyFiveEpisodes() {
        TestSupport.post(base, "shows/" + PAGING_SHOW + "?episodes=45");
        browser.driver().get(base + "shows/" + PAGING_SHOW);
        assertEquals(List.of("Episode 45", "Episode 26"), firstAndLastTitle());
        assertTrue(browser.driver().findElements(By.cssSelector(".pager-newer")).isEmpty());

        browser.clickThrough(browser.driver().findElement(By.cssSelector(".pager-older")));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/shows/" + PAGING_SHOW + "?page=2"),
                browser.driver().getCurrentUrl());
        assertEquals(List.of("Episode 25", "Episode 6"), firstAndLastTitle());
        assertEquals("Page 2 of 3", browser.driver().findElement(By.cssSelector(".pager-position")).getText());

        browser.clickThrough(browser.driver().findElement(By.cssSelector(".pager-older")));
        assertEquals(List.of("Episode 5", "Episode 1"), firstAndLastTitle());
        assertTrue(browser.driver().findElements(By.cssSelector(".pager-older")).isEmpty());

        browser.driver().get(base + "shows/" + PAGING_SHOW + "?page=4");
        assertHeading("Page not found");
    }

    @Test
    void unknownShowsAndEpisodesGetTheFriendlyNotFoundPage() {
        browser.driver().get(base + "shows/no-such-show");
        assertHeading("Page not found");
        browser.driver().get(base + "shows/meta-tech-podcast/episodes/no-such-episode");
        assertHeading("Page not found");
        browser.clickThrough(browser.driver().findElement(By.linkText("Browse all shows")));
        assertHeading("Shows");
    }

    @Test
    void archiveEpisodeChapterPlaysFromItsMoment() {
        browser.driver().get(base + "shows/meta-tech-podcast");
        browser.clickThrough(browser.driver().findElement(By.linkText("ARCHIVE: From Facebook Home to Instagram Stories")));

        // The episode page's player (the widget, see PlayerBrowserIT) lists the chapters in its Shadow DOM.
        browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(browser.script(
                "const r = document.querySelector('earmark-player').shadowRoot;"
                        + " return !!r && r.querySelectorAll('.chapters button').length === 14;")));
        List<WebElement> chapters = browser.driver().findElement(By.tagName("earmark-player")).getShadowRoot()
                .findElements(By.cssSelector(".chapters button"));
        assertEquals(14, chapters.size());
        WebElement rebound = chapters.stream()
                .filter(chapter -> chapter.getText().contains("Rebound")).findFirst().orElseThrow();
        assertTrue(rebound.getText().contains("41:25"), rebound.getText());
        assertFalse(browser.driver().findElement(By.cssSelector(".show-notes")).getText().contains("Timestamps"),
                "the timestamps text became the chapter list");

        rebound.click();

        String audio = "document.querySelector('earmark-player').shadowRoot.querySelector('audio')";
        browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> ((Number) browser.script(
                "const a = " + audio + "; return a.paused ? 0 : a.currentTime;")).doubleValue() > 2485.2);
        double position = ((Number) browser.script("return " + audio + ".currentTime;")).doubleValue();
        assertTrue(position >= 2485 && position < 2500, "playing from 41:25, at " + position);
    }

    @Test
    void hostileShowNotesRenderInert() {
        TestSupport.post(base, "shows/" + HOSTILE_SHOW + "/hostile");
        browser.driver().get(base + "shows/" + HOSTILE_SHOW + "/episodes/hostile");

        WebElement notes = browser.driver().findElement(By.cssSelector(".show-notes"));
        assertTrue(notes.getText().contains("Before"), notes.getText());
        assertTrue(notes.findElements(By.tagName("script")).isEmpty());
        assertTrue(notes.findElements(By.tagName("img")).isEmpty());
        assertNull(browser.script("return window.earmarkXss === undefined ? null : window.earmarkXss;"));
        assertEquals("https://example.org/notes",
                notes.findElement(By.partialLinkText("example.org")).getAttribute("href"));
        assertTrue(notes.findElements(By.cssSelector("a[href^='javascript']")).isEmpty());
        assertTrue(notes.getText().contains("click"), "the link's text stays, without the script");
    }

    @Test
    void anEpisodeWithoutAudioStillListsItsChapters() {
        TestSupport.post(base, "shows/" + HOSTILE_SHOW + "/hostile");
        browser.driver().get(base + "shows/" + HOSTILE_SHOW + "/episodes/hostile");

        assertTrue(browser.driver().findElements(By.tagName("earmark-player")).isEmpty(), "nothing to play");
        assertEquals(List.of("Intro 0:06", "Guest 1:14"), browser.driver().findElements(By.cssSelector(".chapter")).stream()
                .map(chapter -> chapter.findElement(By.cssSelector(".chapter-title")).getText() + " "
                        + chapter.findElement(By.cssSelector(".chapter-time")).getText())
                .toList());
    }

    private static List<String> firstAndLastTitle() {
        List<WebElement> titles = browser.driver().findElements(By.cssSelector(".episode-title"));
        return List.of(titles.get(0).getText(), titles.get(titles.size() - 1).getText());
    }

    /** "11 snips", "1 snip" or "" (none) as a number. */
    private static int snips(String shown) {
        if (shown.isEmpty()) {
            return 0;
        }
        Matcher count = SNIP_COUNT.matcher(shown);
        assertTrue(count.matches(), shown);
        return Integer.parseInt(count.group(1));
    }
}
