package dev.earmark.transcripts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.PlayerBrowserTest;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Transcripts as listeners meet them, on the demo's ARCHIVE episode (a conversation of Pascal and Nora, WebVTT with
 * voice tags): in the player, opened by its button, following the audio, playing from a clicked sentence and finding
 * words; on the episode page, as text with a link to each paragraph's moment, which the page's player plays. A plain
 * text transcript, which has no times, is shown and searched but plays nothing.
 */
class TranscriptBrowserIT extends PlayerBrowserTest {

    /** A show whose one episode has a plain text transcript (the test support makes it). */
    private static final String PLAIN_SHOW = "plain-transcript";
    /** How close a seek lands to a cue's start. */
    private static final double ACCURACY = 0.5;

    private long archiveId;
    private List<JsonObject> cues;

    @BeforeEach
    void archiveTranscript() {
        archiveId = DemoShow.archiveId(base);
        cues = WebClient.anonymous(base).get("api/transcripts/" + archiveId).object().getJsonArray("cues")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void thePlayerLoadsTheTranscriptWhenOpenedAndPlaysTheSentenceClicked() {
        open("embed/episodes/" + archiveId);
        waitReady();
        WebElement button = shadow().findElement(By.cssSelector(".tr-b"));
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(shadow().findElement(By.cssSelector(".tr")).isDisplayed(), "the player stays small until opened");
        assertFalse(requested("widget-transcript.js") || requested("api/transcripts/"), "nothing fetched before");

        button.click();
        List<WebElement> shown = cueElements();
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(requested("widget-transcript.js") && requested("api/transcripts/" + archiveId));
        assertEquals(cues.size(), shown.size());
        assertEquals("Pascal", shadow().findElement(By.cssSelector(".who")).getText());
        assertEquals(cues.get(0).getString("text"), shown.get(0).getText());

        int guest = firstCueOfTheSecondSpeaker();
        expectSeek();
        shown.get(guest).click();
        assertPlaysFrom(guest);
        assertEquals(List.of("Pascal", cues.get(guest).getString("speaker")), shadow().findElements(By.cssSelector(".who"))
                .stream().limit(2).map(WebElement::getText).toList(), "the speaker once per turn");

        expectSeek();
        shown.get(guest).sendKeys(Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertPlaysFrom(guest + 1);
    }

    @Test
    void followingStopsWhenTheListenerScrollsAndComesBackOnRequest() {
        open("embed/episodes/" + archiveId);
        waitReady();
        shadow().findElement(By.cssSelector(".tr-b")).click();
        int guest = firstCueOfTheSecondSpeaker();
        List<WebElement> shown = cueElements();
        expectSeek();
        shown.get(guest).click();
        assertPlaysFrom(guest);
        WebElement back = shadow().findElement(By.cssSelector(".tr-back"));
        assertFalse(back.isDisplayed(), "following the audio");

        browser.script("arguments[0].scrollTop += 400;", shadow().findElement(By.cssSelector(".cues")));
        browser.waitUpTo(PATIENCE).until(driver -> back.isDisplayed());
        back.click();
        assertFalse(back.isDisplayed());
        browser.waitUpTo(PATIENCE).until(driver -> Boolean.TRUE.equals(browser.script(
                "const list = arguments[0], cue = list.querySelector('[aria-current]');"
                        + " const a = list.getBoundingClientRect(), b = cue.getBoundingClientRect();"
                        + " return b.top >= a.top && b.bottom <= a.bottom;", shadow().findElement(By.cssSelector(".cues")))));
    }

    @Test
    void findCountsTheMatchesAndMovesBetweenThem() {
        open("embed/episodes/" + archiveId);
        waitReady();
        shadow().findElement(By.cssSelector(".tr-b")).click();
        cueElements();
        Pattern word = Pattern.compile("nora", Pattern.CASE_INSENSITIVE);
        long expected = cues.stream().mapToLong(cue -> word.matcher(cue.getString("text")).results().count()).sum();
        assertTrue(expected > 2, "the demo names Nora now and then");

        WebElement find = shadow().findElement(By.cssSelector(".tr-find input"));
        find.sendKeys("Nora");
        WebElement count = shadow().findElement(By.cssSelector(".tr-count"));
        assertEquals("Match 1 of " + expected, count.getText());
        assertEquals("status", count.getAttribute("role"));
        assertEquals(expected, shadow().findElements(By.cssSelector("mark")).size());
        assertEquals(0, currentMatch());

        shadow().findElement(By.cssSelector(".tr-next")).click();
        assertEquals("Match 2 of " + expected, count.getText());
        assertEquals(1, currentMatch());
        find.sendKeys(Keys.ENTER);
        assertEquals(2, currentMatch());
        find.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        shadow().findElement(By.cssSelector(".tr-prev")).click();
        assertEquals(0, currentMatch());
        shadow().findElement(By.cssSelector(".tr-prev")).click();
        assertEquals("Match " + expected + " of " + expected, count.getText(), "previous from the first is the last");

        find.sendKeys(Keys.chord(Keys.CONTROL, "a"), "jk lk");
        assertEquals("No match", count.getText());
        assertTrue(shadow().findElements(By.cssSelector("mark")).isEmpty());
        assertEquals("jk lk", find.getAttribute("value"));
        assertTrue(paused() && time() < 1, "what is typed is no player key (k, j, l, space)");
    }

    @Test
    void anUntimedTranscriptIsShownAndSearchedButPlaysNothing() {
        TestSupport.post(base, "shows/" + PLAIN_SHOW + "/plain-transcript");
        long plain = WebClient.anonymous(base).get("api/shows/" + PLAIN_SHOW + "/episodes").object().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        open("embed/episodes/" + plain);
        browser.waitUpTo(PATIENCE).until(driver -> shadow().findElement(By.cssSelector(".tr-b")).isDisplayed());
        shadow().findElement(By.cssSelector(".tr-b")).click();

        assertEquals(List.of("A first paragraph of plain text.", "And a second one."),
                cueElements().stream().map(WebElement::getText).toList());
        assertTrue(shadow().findElements(By.cssSelector(".cues button")).isEmpty(), "no passage to play from");
        assertTrue(shadow().findElement(By.cssSelector(".tr-note")).isDisplayed(), "says why");
        shadow().findElement(By.cssSelector(".tr-find input")).sendKeys("second");
        assertEquals("Match 1 of 1", shadow().findElement(By.cssSelector(".tr-count")).getText());
        assertNoViolations("embed page, an untimed transcript");
    }

    @Test
    void theEpisodePageHasTheTranscriptAsTextWhoseLinksPlayTheirMoment() {
        int guest = firstCueOfTheSecondSpeaker();
        String moment = "#t=" + seconds(cues.get(guest));
        String html = WebClient.anonymous(base).get(DemoShow.ARCHIVE_PAGE).body();
        assertTrue(html.contains("href=\"" + moment + "\"") && html.contains(cues.get(guest).getString("text")),
                "in the HTML itself, for readers without script and for search engines");

        open(DemoShow.ARCHIVE_PAGE);
        waitReady();
        WebElement transcript = browser.driver().findElement(By.cssSelector("section.transcript"));
        assertEquals("Transcript", transcript.findElement(By.tagName("h2")).getText());
        List<String> speakers = transcript.findElements(By.cssSelector(".transcript-speaker")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Pascal", cues.get(guest).getString("speaker")), speakers.subList(0, 2));
        WebElement first = transcript.findElement(By.cssSelector(".transcript-paragraph"));
        assertTrue(first.getText().contains(cues.get(0).getString("text") + " " + cues.get(1).getString("text")),
                "one paragraph for the turn's sentences: " + first.getText());
        assertEquals("Play from 0:00", first.findElement(By.tagName("a")).getAccessibleName());

        WebElement link = transcript.findElement(By.cssSelector("a[href='" + moment + "']"));
        double start = cues.get(guest).getJsonNumber("start").doubleValue();
        expectSeek();
        link.click();
        assertTrue(browser.driver().getCurrentUrl().endsWith(moment), browser.driver().getCurrentUrl());
        assertEquals(start, seekedTo(), ACCURACY);
        browser.waitUpTo(PATIENCE).until(driver -> !paused() && time() > start + 0.5);

        expectSeek();
        link.click();
        assertEquals(start, seekedTo(), ACCURACY, "the same link again plays from there again");
    }

    @Test
    void axeFindsNoViolationsWithTheTranscriptOpenLightOrDark() {
        open(DemoShow.ARCHIVE_PAGE);
        waitReady();
        assertNoViolations("episode page with its transcript");
        openWithAMatch();
        assertNoViolations("embed page, transcript open, a word found");

        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            openWithAMatch();
            cueElements().get(firstCueOfTheSecondSpeaker()).click();
            assertNoViolations("embed page, transcript open and playing, dark");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private void openWithAMatch() {
        open("embed/episodes/" + archiveId);
        waitReady();
        shadow().findElement(By.cssSelector(".tr-b")).click();
        cueElements();
        shadow().findElement(By.cssSelector(".tr-find input")).sendKeys("Pascal");
    }

    private int firstCueOfTheSecondSpeaker() {
        String host = cues.get(0).getString("speaker");
        for (int i = 0; i < cues.size(); i++) {
            if (!host.equals(cues.get(i).getString("speaker", host))) {
                return i;
            }
        }
        throw new AssertionError("the demo's transcript has two speakers");
    }

    /** The transcript's cues as the player shows them, once it has loaded them. */
    private static List<WebElement> cueElements() {
        return browser.waitUpTo(PATIENCE).until(driver -> {
            List<WebElement> shown = shadow().findElements(By.cssSelector(".cues .cue"));
            return shown.isEmpty() ? null : shown;
        });
    }

    private void assertPlaysFrom(int index) {
        double start = cues.get(index).getJsonNumber("start").doubleValue();
        assertEquals(start, seekedTo(), ACCURACY, "the seek to cue " + index);
        browser.waitUpTo(PATIENCE).until(driver -> !paused() && time() > start);
        WebElement current = shadow().findElement(By.cssSelector(".cues [aria-current]"));
        assertEquals(cues.get(index).getString("text"), current.getText());
        assertEquals("true", current.getAttribute("aria-current"));
    }

    /** Notes where the next seek of the player's audio lands; {@link #seekedTo()} reads it. */
    private static void expectSeek() {
        browser.script("window.seekedTo = null; const audio = document.querySelector('earmark-player').shadowRoot"
                + ".querySelector('audio'); audio.addEventListener('seeking', () => { window.seekedTo = audio.currentTime; },"
                + " { once: true });");
    }

    private static double seekedTo() {
        return browser.waitUpTo(PATIENCE).until(driver -> (Number) browser.script("return window.seekedTo;"))
                .doubleValue();
    }

    private static int currentMatch() {
        return ((Number) browser.script("return [...document.querySelector('earmark-player').shadowRoot"
                + ".querySelectorAll('mark')].findIndex(mark => mark.classList.contains('found'));")).intValue();
    }

    private static boolean requested(String part) {
        return Boolean.TRUE.equals(browser.script(
                "return performance.getEntriesByType('resource').some(entry => entry.name.includes(arguments[0]));", part));
    }

    private static String seconds(JsonObject cue) {
        return cue.getJsonNumber("start").bigDecimalValue().setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
