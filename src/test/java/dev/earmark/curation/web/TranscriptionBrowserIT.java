package dev.earmark.curation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A curator transcribes an episode with the built-in engine in Chromium and sees the job finish; then asks for every
 * episode of the show without a transcript and cancels that job.
 */
class TranscriptionBrowserIT extends BrowserTest {

    /** PocketSphinx takes seconds for the 22 s of speech; a busy CI machine more. */
    private static final Duration JOB = Duration.ofMinutes(2);

    @Test
    void aCuratorTranscribesAnEpisodeAndSeesTheJobFinishThenCancelsOne() {
        String show = "spoken-" + UUID.randomUUID().toString().substring(0, 8);
        TestSupport.post(base, "transcription/shows/" + show + "?episodes=2");
        SignIn.as(browser, base, SignIn.EDITOR);
        open("admin/episodes.xhtml?show=" + show);
        browser.clickThrough(browser.driver().findElement(By.linkText("Speech 1")));
        assertHeading("Speech 1");

        assertEquals("Engine: CMU PocketSphinx, built in (offline, on the server).", text(".transcription-engine"));
        assertTrue(text(".transcription-accuracy").startsWith("Its accuracy is modest"), text(".transcription-accuracy"));
        browser.clickThrough(browser.driver().findElement(By.id("transcription:transcribe")));
        assertEquals("The transcription of \u201cSpeech 1\u201d is queued.", text(".messages"));

        String done = awaitStatus("Transcribed by PocketSphinx");
        assertTrue(done.contains("asked for by editor"), done);
        open("admin/episodes.xhtml?show=" + show);
        browser.clickThrough(browser.driver().findElement(By.linkText("Speech 1")));
        assertHeading("Speech 1");
        assertTrue(browser.driver().findElements(By.id("transcription:transcribe")).isEmpty(), "it has a transcript now");

        open("admin/episodes.xhtml?show=" + show);
        browser.clickThrough(browser.driver().findElement(By.id("transcribeShow:transcribeAll")));
        assertEquals("One episode is queued for transcription.", text(".messages"));
        browser.clickThrough(browser.driver().findElement(By.linkText("Speech 2")));
        assertHeading("Speech 2");
        browser.clickThrough(browser.driver().findElement(By.id("transcription:cancelTranscription")));
        assertEquals("The transcription is cancelled.", text(".messages"));
        assertTrue(text("#transcriptionStatus").contains("was cancelled"), text("#transcriptionStatus"));
        assertEquals(1, browser.driver().findElements(By.id("transcription:transcribe")).size(), "it may be asked for again");
    }

    /** Asks for the progress (the button re-renders the job's state) until the status starts as expected. */
    private static String awaitStatus(String start) {
        return browser.awaitRefreshed("#transcriptionStatus", start, By.id("transcription:refreshTranscription"), JOB);
    }

    private static String text(String css) {
        return browser.text(css);
    }
}
