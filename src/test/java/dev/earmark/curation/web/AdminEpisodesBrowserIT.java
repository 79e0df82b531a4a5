package dev.earmark.curation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.Story;
import dev.earmark.testing.browser.Browser;
import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.SampleAudio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor curating a show's episodes in Chromium, from the episode list to what listeners see and hear.
 * The story's steps make the episodes that the list shows at its end.
 */
@Story
class AdminEpisodesBrowserIT extends BrowserTest {

    private static final String SHOW = "curated-in-the-browser";
    private static final String FIRST = "Editor's first episode";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeEach
    void editorWithTheShow() {
        TestSupport.post(base, "shows/" + SHOW + "?episodes=0");
        SignIn.as(browser, base, SignIn.EDITOR);
    }

    @Test
    @Order(1)
    void editorCreatesAndPublishesAnEpisodeThatListenersCanPlay() throws IOException {
        open("admin/episodes.xhtml?show=" + SHOW);
        submit("new-episode");

        type("editor:title", FIRST);
        click("editor:description");
        browser.waitUpTo(WAIT).until(d -> "editor-s-first-episode".equals(value("editor:slug")));
        type("editor:description", "<p>Hello <strong>listeners</strong><script>window.earmarkXss = 1;</script></p>");
        browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("editor:preview"), "Hello listeners"));
        assertEquals(0, count("#editor\\:preview script"));
        assertEquals(1, count("#editor\\:preview strong"));

        type("editor:chapterText", "Intro 0:06 Guest 1:14 Outro 2:30");
        click("editor:parseChapters");
        browser.waitUpTo(WAIT).until(d -> count(".chapter-start") == 3);
        assertEquals(List.of("0:06 Intro", "1:14 Guest", "2:30 Outro"), chapterRows());

        upload("editor:audio", sample(SampleAudio.OPUS));
        upload("editor:transcript", textFile("talk.srt", "1\n00:00:00,200 --> 00:00:02,000\nHello listeners.\n"));
        select("editor:status", "PUBLISHED");
        submit("editor:save");

        assertTrue(messages().contains("Saved"), messages());
        assertEquals("audio/ogg; codecs=opus · 0:03", text(".media-facts"));
        assertTrue(text(".audit-history").contains("editor"), text(".audit-history"));

        open("shows/" + SHOW);
        browser.clickThrough(browser.driver().findElement(By.linkText(FIRST)));
        assertEquals(3, count(".chapter-link"));
        assertEquals(1, count("audio.episode-audio track"));
        // The episode page's player is the widget, which plays with an audio element in its Shadow DOM.
        String audio = "document.querySelector('earmark-player').shadowRoot.querySelector('audio')";
        browser.waitUpTo(WAIT).until(d -> Boolean.TRUE.equals(browser.script(
                "const r = document.querySelector('earmark-player').shadowRoot; return !!r && !!r.querySelector('audio');")));
        // Asked to play again while it has not started: a play() before the widget gave the audio its source is lost.
        browser.waitUpTo(WAIT).until(d -> ((Number) browser.script("const a = " + audio
                + "; if (a.paused && a.currentTime === 0 && a.currentSrc) { a.play().catch(() => {}); } return a.currentTime;"))
                .doubleValue() > 0.3);
    }

    @Test
    @Order(2)
    void aScheduledEpisodeAppearsWhenItsTimeComes() {
        Instant due = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        newEpisode("Scheduled in the browser");
        select("editor:status", "SCHEDULED");
        // Typing into a datetime-local field depends on the browser's locale; the test servers show dates in UTC.
        browser.script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id("editor:publishedAt")),
                LocalDateTime.ofInstant(due, ZoneOffset.UTC).toString());
        submit("editor:save");
        assertTrue(messages().contains("Saved"), messages());

        open("shows/" + SHOW);
        assertFalse(hasLink("Scheduled in the browser"), "not before its time");
        advanceClock(Duration.between(Instant.now(), due).minus(Duration.ofMinutes(1)));
        open("shows/" + SHOW);
        assertFalse(hasLink("Scheduled in the browser"), "not a minute before its time either");
        advanceClock(Duration.ofMinutes(2));
        open("shows/" + SHOW);
        assertTrue(hasLink("Scheduled in the browser"), "listed once the server's clock passed " + due);
    }

    @Test
    @Order(3)
    void theSecondOfTwoSavesIsRefusedAndKeepsWhatWasTyped() throws IOException {
        open("admin/episodes.xhtml?show=" + SHOW);
        browser.clickThrough(browser.driver().findElement(By.linkText(FIRST)));
        type("editor:title", "Mine");
        try (Browser other = Browser.start()) {
            SignIn.as(other, base, SignIn.ADMIN);
            other.driver().get(browser.driver().getCurrentUrl());
            other.driver().findElement(By.id("editor:title")).clear();
            other.driver().findElement(By.id("editor:title")).sendKeys("Theirs");
            other.clickThrough(other.driver().findElement(By.id("editor:save")));
            other.waitUpTo(WAIT).until(d -> d.findElement(By.cssSelector(".messages")).getText().contains("Saved"));
        }

        upload("editor:transcript", textFile("again.srt", "1\n00:00:00,200 --> 00:00:02,000\nAgain.\n"));
        submit("editor:save");

        assertTrue(messages().contains("Someone else saved this episode"), messages());
        assertEquals("Mine", value("editor:title"));
        assertEquals(3, chapterRows().size());
        assertTrue(text("#editor\\:transcriptMessage").contains("'again.srt' was not stored either"),
                text("#editor\\:transcriptMessage"));
        submit("editor:saveAnyway");
        assertTrue(messages().contains("Saved"), messages());
        assertEquals("Mine", value("editor:title"));
    }

    @Test
    @Order(4)
    void aBrokenTranscriptNamesItsLineAndTheStoredOneCanBeRemoved() throws IOException {
        open("admin/episodes.xhtml?show=" + SHOW);
        browser.clickThrough(browser.driver().findElement(By.linkText("Mine")));
        assertEquals("talk.srt", text("#currentTranscript"));

        upload("editor:transcript", textFile("broken.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nFine.\n\nno times here\n"));
        submit("editor:save");
        assertTrue(text("#editor\\:transcriptMessage").contains("Line 6 of the transcript"),
                text("#editor\\:transcriptMessage"));
        assertEquals("talk.srt", text("#currentTranscript"), "the refused file replaced nothing");

        click("editor:removeTranscript");
        submit("editor:save");
        assertTrue(messages().contains("Saved"), messages());
        assertEquals(0, count("#currentTranscript"));
        open("shows/" + SHOW);
        browser.clickThrough(browser.driver().findElement(By.linkText("Mine")));
        assertEquals(0, count("audio.episode-audio track"));
    }

    @Test
    void aFakeAudioFileIsRefusedWithAMessageAndNothingIsSaved() throws IOException {
        newEpisode("Fake audio");
        upload("editor:audio", textFile("song.mp3", "Not audio at all."));
        submit("editor:save");

        assertEquals("This kind of file is not accepted here.", text("#editor\\:audioMessage"));
        assertEquals("Fake audio", value("editor:title"));
        open("admin/episodes.xhtml?show=" + SHOW + "&q=fake");
        assertFalse(hasLink("Fake audio"), "the refused upload rolled the whole save back");
    }

    @Test
    @Order(5)
    void anEpisodeWithExternalAudioPlaysFromThere() {
        newEpisode("Elsewhere");
        type("editor:audioUrl", "https://media.example.org/elsewhere.mp3");
        select("editor:status", "PUBLISHED");
        submit("editor:save");
        assertTrue(messages().contains("Saved"), messages());

        open("shows/" + SHOW);
        browser.clickThrough(browser.driver().findElement(By.linkText("Elsewhere")));
        assertEquals("https://media.example.org/elsewhere.mp3",
                browser.driver().findElement(By.cssSelector("audio.episode-audio")).getAttribute("src"));
    }

    @Test
    @Order(6)
    void theListFiltersSortsAndDeletingAsksFirst() {
        open("admin/episodes.xhtml?show=" + SHOW);
        submit("sort-TITLE");
        assertEquals(List.of("Elsewhere", "Mine", "Scheduled in the browser"), listedTitles());
        new Select(browser.driver().findElement(By.id("filters:status"))).selectByValue("SCHEDULED");
        submit("filters:apply");
        assertEquals(List.of("Scheduled in the browser"), listedTitles());
        open("admin/episodes.xhtml?show=" + SHOW);

        open("admin/episodes.xhtml?show=" + SHOW + "&q=elsewhere");
        browser.clickThrough(browser.driver().findElement(By.linkText("Elsewhere")));
        click("editor:askDelete");
        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:confirmDelete")));
        submit("editor:confirmDelete");

        assertTrue(messages().contains("Deleted"), messages());
        assertFalse(hasLink("Elsewhere"));
    }

    @Test
    void chaptersMoveByTheirStartsKeepClockTimesInTitlesAndTheirLinks() {
        newEpisode("Chapters in order");
        type("editor:chapterText", "Intro 0:06 Guest 1:14 Outro 2:30");
        click("editor:parseChapters");
        browser.waitUpTo(WAIT).until(d -> count(".chapter-start") == 3);
        type("editor:chapters:1:chapterTitle", "Breakfast at 7:30");
        type("editor:chapters:1:chapterUrl", "https://example.org/breakfast");

        click("editor:chapters:2:up");
        // The table is replaced while it is read.
        browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> String.valueOf(chapterRows()))
                .until(d -> chapterRows().equals(List.of("0:06 Intro", "1:14 Outro", "2:30 Breakfast at 7:30")));
        assertEquals("https://example.org/breakfast", value("editor:chapters:2:chapterUrl"));

        type("editor:chapters:0:chapterTitle", "x".repeat(301));
        type("editor:audioUrl", "https://media.example.org/" + "a".repeat(2000) + ".mp3");
        submit("editor:save");
        assertEquals("A chapter title can be at most 300 characters long.", text(".chapter-rows .field-error"));
        assertEquals("The address can be at most 2000 characters long.", text("#editor\\:audioUrlMessage"));

        type("editor:chapters:0:chapterTitle", "Intro");
        type("editor:audioUrl", "");
        type("editor:chapters:0:start", "2:30");
        submit("editor:save");
        assertEquals("The chapters \"Intro\" and \"Breakfast at 7:30\" both start at 2:30. Give each chapter a start"
                + " of its own.", text("#editor\\:chaptersMessage"));

        type("editor:chapters:0:start", "0:06");
        submit("editor:save");
        assertTrue(messages().contains("Saved"), messages());
        assertEquals(List.of("0:06 Intro", "1:14 Outro", "2:30 Breakfast at 7:30"), chapterRows());
        assertEquals("https://example.org/breakfast", value("editor:chapters:2:chapterUrl"));

        // Moving without touching the times saves too.
        click("editor:chapters:0:down");
        browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> String.valueOf(chapterRows()))
                .until(d -> chapterRows().equals(List.of("0:06 Outro", "1:14 Intro", "2:30 Breakfast at 7:30")));
        submit("editor:save");
        assertTrue(messages().contains("Saved"), messages());
        assertEquals(List.of("0:06 Outro", "1:14 Intro", "2:30 Breakfast at 7:30"), chapterRows());
        assertEquals("chapters", text(".audit-details"), "the latest change");
    }

    @Test
    void aSuggestionFromTheTranscriptIsReviewedTakenAndSavedForListeners() throws IOException {
        newEpisode("Suggested in the browser");
        upload("editor:transcript", textFile("talk.vtt", Files.readString(
                Path.of("src/main/resources/dev/earmark/demo/audio/54-building-key-transparency-at-whatsapp.vtt"))));
        select("editor:status", "PUBLISHED");
        submit("editor:save");

        click("editor:suggest");
        browser.waitUpTo(WAIT).until(d -> count("#suggestionHeading") == 1);
        assertEquals("Taken from the transcript by the built-in engine.", text("#suggestionSource"));
        assertEquals("", value("editor:summary"), "nothing is taken before the curator takes it");
        String summary = value("editor:suggestedSummary");
        assertFalse(summary.isBlank());
        click("editor:takeSummary");
        afterAjax(() -> summary.equals(value("editor:summary")));
        type("editor:suggestedTopics", "key transparency\nauditors");
        click("editor:takeTopics");
        afterAjax(() -> "key transparency\nauditors".equals(value("editor:topics")));
        int suggestedChapters = count(".suggested-start");
        assertTrue(suggestedChapters > 0, "the demo conversation has topics enough for chapters");
        click("editor:addChapter");
        afterAjax(() -> count(".chapter-start") == 1);
        type("editor:chapters:0:start", "3:05");
        type("editor:chapters:0:chapterTitle", "Typed, not saved yet");
        click("editor:takeChapters");
        afterAjax(() -> count(".chapter-start") == suggestedChapters + 1);
        assertTrue(chapterRows().contains("3:05 Typed, not saved yet"), chapterRows()::toString);
        assertEquals("0:00", chapterRows().get(0).split(" ")[0], "ordered by start, the first at the start");
        submit("editor:save");

        assertTrue(messages().contains("Saved"), messages());
        assertEquals("The saved summary was taken from the transcript by the built-in engine.", text("#summarySource"));
        assertEquals("The saved topics were chosen by a curator.", text("#topicsSource"), "changed before they were taken");
        assertTrue(text(".audit-history").contains("took a suggestion"), text(".audit-history"));
        assertTrue(text(".audit-history").contains("summary from the transcript, chapters from the transcript"),
                text(".audit-history"));
        open("shows/" + SHOW);
        String listed = (String) browser.script("return document.querySelector('main').textContent;");
        assertTrue(listed.replaceAll("\\s+", " ").contains(summary), "the show page lists the episode with its summary");
    }

    /** Waits for a condition on elements that an Ajax answer replaces meanwhile. */
    private static void afterAjax(BooleanSupplier condition) {
        browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    private void newEpisode(String title) {
        open("admin/episode.xhtml?show=" + SHOW);
        type("editor:title", title);
    }

    /** A button (posting the whole form, files and all) or a link, answered with a new page. */
    private static void submit(String id) {
        browser.clickThrough(browser.driver().findElement(By.id(id)));
    }

    private static void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    private static void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void select(String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    private static void upload(String id, Path file) {
        browser.driver().findElement(By.id(id)).sendKeys(file.toString());
    }

    private static String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static int count(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    private static String text(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }

    private static String messages() {
        return text(".messages");
    }

    private static boolean hasLink(String text) {
        return !browser.driver().findElements(By.linkText(text)).isEmpty();
    }

    private static List<String> listedTitles() {
        return browser.driver().findElements(By.cssSelector(".episode-admin-title")).stream().map(WebElement::getText)
                .toList();
    }

    /** Each row of the chapter table as "start title". */
    private static List<String> chapterRows() {
        List<WebElement> starts = browser.driver().findElements(By.cssSelector(".chapter-start"));
        List<WebElement> titles = browser.driver().findElements(By.cssSelector(".chapter-title-input"));
        return IntStream.range(0, starts.size())
                .mapToObj(i -> starts.get(i).getAttribute("value") + " " + titles.get(i).getAttribute("value"))
                .toList();
    }

    private static Path sample(String name) throws IOException {
        try (InputStream in = SampleAudio.open(name)) {
            Path file = Files.createTempDirectory("earmark-upload").resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private static Path textFile(String name, String text) throws IOException {
        return Files.writeString(Files.createTempDirectory("earmark-upload").resolve(name), text, StandardCharsets.UTF_8);
    }
}
