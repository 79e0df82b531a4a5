package dev.earmark.curation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.summaries.control.EpisodePrompt;
import dev.earmark.summaries.control.SummaryPrompt;
import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admins' settings page in Chromium: what is in use and where it comes from, a value that cannot
 * be used (set in the running server through /test-support), and editors kept out.
 */
class AdminSettingsBrowserIT extends BrowserTest {

    @Test
    void adminsSeeEachSettingAndAValueThatCannotBeUsed() {
        TestSupport.setProperty(base, "earmark.max-audio-bytes", "500MB");
        try {
            SignIn.as(browser, base, SignIn.ADMIN);
            open("admin/");
            browser.clickThrough(browser.driver().findElement(By.id("settings-link")));
            assertHeading("Settings");

            WebElement browsing = row("earmark.anonymous-browsing");
            assertEquals("On", browsing.findElement(By.cssSelector(".setting-in-use")).getText());
            assertEquals("Default", browsing.findElement(By.cssSelector(".setting-source")).getText());
            assertTrue(browsing.findElement(By.cssSelector(".setting-how")).getText().contains("EARMARK_ANONYMOUS_BROWSING"));

            assertEquals("Not set: each request's own address, as its Host header names it",
                    row("earmark.base-url").findElement(By.cssSelector(".setting-in-use")).getText());

            WebElement exportKey = row("earmark.export-key");
            assertEquals("Set (not shown): listeners can connect Readwise and Notion",
                    exportKey.findElement(By.cssSelector(".setting-in-use")).getText(), "the test servers' key (pom.xml)");
            assertFalse(exportKey.getText().contains(System.getenv().getOrDefault("EARMARK_EXPORT_KEY", "no key here")));

            WebElement uploads = row("earmark.max-audio-bytes");
            assertEquals("524,288,000 bytes (500 MiB)", uploads.findElement(By.cssSelector(".setting-in-use")).getText());
            String source = uploads.findElement(By.cssSelector(".setting-source")).getText();
            assertTrue(source.startsWith("System property") && source.contains("Configured value: 500MB")
                    && source.contains("'500MB' is not a positive number of bytes."), source);
            assertEquals("One setting has a value that cannot be used; the default is in use instead.",
                    browser.driver().findElement(By.cssSelector(".settings-problems")).getText());
        } finally {
            TestSupport.clearProperty(base, "earmark.max-audio-bytes");
        }
    }

    @Test
    void theSummaryModelsPromptsForSnipsAndEpisodesAreShownAndWhetherOneIsInUseButNeverItsKey() {
        SignIn.as(browser, base, SignIn.ADMIN);
        open("admin/settings.xhtml");
        assertTrue(text(".summary-model-state").startsWith("Not in use: snips get the built-in titles and takeaways"),
                text(".summary-model-state"));
        assertEquals(SummaryPrompt.INSTRUCTIONS, text("#summary-prompt-instructions"));
        assertEquals("""
                Show: {the show's title}
                Episode: {the episode's title}
                Excerpt:
                {speaker}: {what the speaker said}
                {what was said, the speaker not known}""", text("#summary-prompt-excerpt"));
        assertTrue(text(".episode-model-state").startsWith("Not in use: suggestions for an episode are the built-in "
                + "summary, topics and chapters"), text(".episode-model-state"));
        assertEquals(EpisodePrompt.instructions("{the show's language, as in German (de)}", true),
                text("#episode-prompt-instructions"));
        assertEquals("""
                Show: {the show's title}
                Episode: {the episode's title}
                Transcript:
                [0:00] {speaker}: {what the speaker said}
                [0:31] {what was said, the speaker not known}""", text("#episode-prompt-transcript"));
        assertEquals("None: snips keep the built-in titles and takeaways, episodes get the built-in suggestions",
                row("earmark.summary.service-url").findElement(By.cssSelector(".setting-in-use")).getText());

        TestSupport.setProperty(base, "earmark.summary.service-url", "http://ollama.intranet:11434/v1");
        TestSupport.setProperty(base, "earmark.summary.model", "llama3.1:8b");
        try {
            open("admin/settings.xhtml");
            assertTrue(text(".summary-model-state").startsWith("In use: each new or changed snip is given its title and "
                    + "takeaways by the model llama3.1:8b"), text(".summary-model-state"));
            assertTrue(text(".episode-model-state").startsWith("In use: when a curator asks for suggestions for an episode, "
                    + "the model llama3.1:8b writes"), text(".episode-model-state"));
            assertEquals("http://ollama.intranet:11434/v1",
                    row("earmark.summary.service-url").findElement(By.cssSelector(".setting-in-use")).getText());
            assertEquals("Set (not shown)",
                    row("earmark.summary.service-key").findElement(By.cssSelector(".setting-in-use")).getText(),
                    "pom.xml gives the servers under test a key");
            assertFalse(browser.driver().getPageSource().contains(System.getenv("EARMARK_SUMMARY_SERVICE_KEY")));
        } finally {
            TestSupport.clearProperty(base, "earmark.summary.service-url");
            TestSupport.clearProperty(base, "earmark.summary.model");
        }
    }

    @Test
    void editorsNeitherSeeNorOpenTheSettings() {
        SignIn.as(browser, base, SignIn.EDITOR);
        open("admin/");
        assertHeading("Curation");
        assertTrue(browser.driver().findElements(By.id("settings-link")).isEmpty());

        open("admin/settings.xhtml");
        assertHeading("Not for your account");
    }

    private static String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }

    private static WebElement row(String property) {
        return browser.driver().findElement(By.cssSelector("tr[data-property='" + property + "']"));
    }
}
