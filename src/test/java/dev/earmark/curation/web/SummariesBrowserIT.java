package dev.earmark.curation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A curator summarises every episode of a show that has a transcript and no summary, follows the jobs' progress on
 * the episode list and finds the job's status in an episode's editor; an admin lets a show take summaries without
 * review.
 */
class SummariesBrowserIT extends BrowserTest {

    @Test
    void aCuratorSummarisesTheShowsTranscribedEpisodesAndFollowsTheJobs() {
        SignIn.as(browser, base, SignIn.EDITOR);
        String show = "summarised-" + UUID.randomUUID().toString().substring(0, 8);
        TestSupport.post(base, "transcription/transcribed-shows/" + show + "?episodes=2");
        open("admin/episodes.xhtml?show=" + show);

        WebElement summarise = browser.driver().findElement(By.id("summariseShow:summariseAll"));
        assertEquals("Summarise 2 episodes", summarise.getAttribute("value"));
        browser.clickThrough(summarise);
        assertEquals("2 episodes are queued to be summarised.", text(".messages"));

        assertEquals("Summaries asked for: 2 of 2 done, 0 being written, 0 waiting, 0 failed.",
                awaitProgress("Summaries asked for: 2 of 2 done"));
        open("admin/episodes.xhtml?show=" + show);
        assertEquals("Every episode with a transcript has a summary or is being summarised.", text("#nothingToSummarise"));
        assertTrue(browser.driver().findElements(By.id("summariseShow:summariseAll")).isEmpty());
        browser.clickThrough(browser.driver().findElement(By.linkText("Transcribed 1")));
        assertHeading("Transcribed 1");
        String status = text("#summaryJobStatus");
        assertTrue(status.startsWith("Summarised, ") && status.contains("asked for by editor"), status);
    }

    @Test
    void anAdminLetsAShowTakeSummariesWithoutReview() {
        String show = "takes-summaries-" + UUID.randomUUID().toString().substring(0, 8);
        String id = TestSupport.post(base, "transcription/transcribed-shows/" + show + "?episodes=0");
        SignIn.as(browser, base, SignIn.ADMIN);
        open("admin/show.xhtml?id=" + id);

        WebElement acceptSummaries = browser.driver().findElement(By.id("show-form:acceptSummaries"));
        assertFalse(acceptSummaries.isSelected(), "a curator reviews summaries unless the show says otherwise");
        assertTrue(text("#acceptSummariesHint").contains("Chapters are never taken"),
                text("#acceptSummariesHint"));
        acceptSummaries.click();
        browser.clickThrough(browser.driver().findElement(By.id("show-form:save")));

        assertTrue(browser.driver().findElement(By.id("show-form:acceptSummaries")).isSelected());
        assertEquals(List.of("edited summaries taken without review"), browser.driver()
                .findElements(By.cssSelector(".audit-entry")).stream().limit(1)
                .map(entry -> entry.findElement(By.cssSelector(".audit-action")).getText() + " "
                        + entry.findElement(By.cssSelector(".audit-details")).getText())
                .toList());
    }

    /**
     * Asks for the progress (the button re-renders it) until it starts as expected: the built-in engine takes well
     * under a second an episode, a busy CI machine more.
     */
    private static String awaitProgress(String start) {
        return browser.awaitRefreshed("#summaryProgress", start, By.id("summariseShow:refreshSummaries"),
                Duration.ofMinutes(2));
    }

    private static String text(String css) {
        return browser.text(css);
    }
}
