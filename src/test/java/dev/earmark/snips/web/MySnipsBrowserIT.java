package dev.earmark.snips.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.earmark.testing.DemoShow;
import dev.earmark.testing.Story;
import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 11's "Done when", on the pages: a listener's snip of about 1:00–2:00 of the ARCHIVE demo episode (saved through
 * the API, as the widget saves it) shows on the episode page and in My snips with its words and three takeaways; its
 * range plays alone; the filters find it; the listener edits it, meets a change made elsewhere, nudges it, deletes it
 * and undoes that; another listener sees none of it.
 */
@Story
class MySnipsBrowserIT extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static WebClient listener;
    private static long snipId;
    private static JsonObject saved;

    @Test
    @Order(1)
    void aSnipAtTwoMinutesIsSavedThroughTheApi() {
        listener = WebClient.signIn(base, SignIn.LISTENER, "listener-demo");
        WebClient.Reply created = ApiSnips.save(listener, DemoShow.archiveId(base), 120, 60);
        assertEquals(201, created.status(), created.body());
        saved = created.object();
        snipId = saved.getJsonNumber("id").longValue();
        assertEquals(60, saved.getJsonNumber("startSeconds").doubleValue(), 10, "about a minute back, at a cue's start");
        assertEquals(120, saved.getJsonNumber("endSeconds").doubleValue(), 10, "the end of the cue said at 2:00");
        assertEquals(3, saved.getJsonArray("takeaways").size(), saved.toString());
    }

    @Test
    @Order(2)
    void theEpisodePageListsTheListenersOwnSnipWithItsRange() {
        SignIn.as(browser, base, SignIn.LISTENER);
        open(DemoShow.ARCHIVE_PAGE);
        WebElement link = browser.waitUpTo(WAIT).until(driver -> driver.findElements(By.cssSelector(".own-snip-link"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertEquals(saved.getString("title"), link.getText());
        assertTrue(link.getAttribute("href").endsWith("#t=" + seconds("startSeconds") + "," + seconds("endSeconds")),
                link.getAttribute("href"));
    }

    @Test
    @Order(3)
    void mySnipsShowsItsTitleWordsAndThreeTakeaways() {
        browser.clickThrough(driver().findElement(By.cssSelector(".my-snips-link")));
        assertHeading("My snips");
        WebElement snip = snip();
        assertEquals(saved.getString("title"), snip.findElement(By.cssSelector(".snip-title")).getText());
        assertEquals(texts(saved.getJsonArray("takeaways").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList()), texts(snip, ".snip-takeaway"));
        snip.findElement(By.cssSelector(".snip-excerpt summary")).click();
        String words = snip.findElement(By.cssSelector(".snip-excerpt")).getText();
        String firstCue = saved.getJsonArray("excerpt").getJsonObject(0).getString("text");
        assertTrue(words.contains(firstCue), words);
        assertTrue(words.contains(saved.getJsonArray("excerpt").getJsonObject(0).getString("speaker") + ":"), words);
        assertEquals(clock(saved, "startSeconds") + "–" + clock(saved, "endSeconds"),
                snip.findElement(By.cssSelector(".snip-range .snip-times")).getText());
        assertAccessible("My snips");
    }

    @Test
    @Order(4)
    void itsPlayerPlaysExactlyTheRangeAndStops() {
        String audio = "document.querySelector('#snip-" + snipId + " audio.snip-audio')";
        browser.script(audio + ".playbackRate = 16; " + audio + ".play();");
        browser.waitUpTo(Duration.ofSeconds(40)).until(driver -> Boolean.TRUE.equals(browser.script(
                "const a = " + audio + "; return a.paused && a.currentTime > 0;")));
        double stoppedAt = ((Number) browser.script("return " + audio + ".currentTime;")).doubleValue();
        assertEquals(saved.getJsonNumber("endSeconds").doubleValue(), stoppedAt, 1.0, "stops at the end");

        browser.script(audio + ".play();");
        browser.waitUpTo(WAIT).until(driver -> ((Number) browser.script("return " + audio + ".currentTime;"))
                .doubleValue() < stoppedAt - 1);
        double replayedFrom = ((Number) browser.script("return " + audio + ".currentTime;")).doubleValue();
        assertTrue(replayedFrom >= saved.getJsonNumber("startSeconds").doubleValue() - 0.5, "a replay starts at the start: " + replayedFrom);
        browser.script(audio + ".pause();");
    }

    @Test
    @Order(5)
    void editingTheTitleNoteAndTagsShowsThem() {
        open("snips/" + snipId);
        assertHeading(saved.getString("title"));
        assertAccessible("a snip's page");
        type("snip-form:title", "Release trains, told by Nora");
        type("snip-form:note", "Ask *Nora* about it");
        type("snip-form:tags", "Mobile, history");
        browser.clickThrough(driver().findElement(By.id("snip-form:save")));

        assertEquals(List.of("Saved."), globalMessages());
        assertHeading("Release trains, told by Nora");
        assertEquals("Nora", driver().findElement(By.cssSelector(".snip-note em")).getText());
        assertEquals(List.of("history", "mobile"), texts(driver().findElement(By.cssSelector(".snip-page")), ".snip-tag")
                .stream().sorted().toList(), "tags are lower-cased");
        assertTrue(driver().getCurrentUrl().endsWith("/snips/" + snipId), "the form posts to the page's own address: "
                + driver().getCurrentUrl());
    }

    @Test
    @Order(6)
    void aChangeMadeElsewhereMeanwhileIsNotOverwrittenUnseen() {
        JsonObject current = listener.get("api/snips/" + snipId).object();
        WebClient.Reply elsewhere = listener.put("api/snips/" + snipId, "{\"title\":\"Changed in another tab\",\"note\":\"\","
                + "\"tags\":[],\"version\":" + current.getJsonNumber("version") + "}");
        assertEquals(200, elsewhere.status(), elsewhere.body());

        type("snip-form:title", "My own title");
        browser.clickThrough(driver().findElement(By.id("snip-form:save")));
        assertTrue(globalMessages().get(0).startsWith("This snip was changed elsewhere in the meantime"), globalMessages().toString());
        assertHeading("Changed in another tab");
        assertEquals("My own title", driver().findElement(By.id("snip-form:title")).getAttribute("value"), "the typing stays");

        browser.clickThrough(driver().findElement(By.id("snip-form:save")));
        assertEquals(List.of("Saved."), globalMessages(), "saved over the change it has now seen");
        assertHeading("My own title");
    }

    @Test
    @Order(7)
    void nudgingMovesTheRangeAndTheWordsFollow() {
        String rangeBefore = driver().findElement(By.cssSelector(".snip-page .snip-times")).getText();
        browser.clickThrough(driver().findElement(By.id("nudge-form:startEarlier")));
        assertEquals(List.of("The range has moved; the words and takeaways follow it."), globalMessages());
        JsonObject nudged = listener.get("api/snips/" + snipId).object();
        assertTrue(nudged.getJsonNumber("startSeconds").doubleValue() < saved.getJsonNumber("startSeconds").doubleValue(),
                nudged.toString());
        assertNotEquals(rangeBefore, driver().findElement(By.cssSelector(".snip-page .snip-times")).getText());
        String audio = driver().findElement(By.cssSelector(".snip-page audio.snip-audio")).getAttribute("src");
        assertTrue(audio.endsWith("#t=" + number(nudged, "startSeconds") + "," + number(nudged, "endSeconds")), audio);
        driver().findElement(By.cssSelector(".snip-excerpt summary")).click();
        String firstCue = nudged.getJsonArray("excerpt").getJsonObject(0).getString("text");
        assertTrue(driver().findElement(By.cssSelector(".snip-excerpt")).getText().contains(firstCue), "the excerpt follows");
        assertEquals("My own title", driver().findElement(By.cssSelector("h1")).getText(), "a title the listener wrote stays");
    }

    @Test
    @Order(8)
    void theFiltersFindItAndBookmarkableAddressesSaySo() {
        open("snips?tag=mobile");
        assertEquals(List.of("My own title"), titles());
        open("snips?q=" + URLEncoder.encode(firstLongWord(), StandardCharsets.UTF_8));
        assertTrue(titles().contains("My own title"), titles().toString());
        open("snips?q=zzyzxnothing");
        assertEquals(List.of(), titles());
        assertEquals("No snip matches.", driver().findElement(By.id("snip-count")).getText());
        open("snips?episode=" + saved.getJsonNumber("episodeId"));
        assertTrue(titles().contains("My own title"), titles().toString());

        open("snips");
        new Select(driver().findElement(By.id("filter-tag"))).selectByVisibleText("history");
        browser.clickThrough(driver().findElement(By.cssSelector(".snip-filters button[type=submit]")));
        assertTrue(driver().getCurrentUrl().contains("tag=history"), driver().getCurrentUrl());
        assertEquals(List.of("My own title"), titles());
        new Select(driver().findElement(By.id("filter-show"))).selectByVisibleText(
                saved.getString("showTitle"));
        browser.clickThrough(driver().findElement(By.cssSelector(".snip-filters button[type=submit]")));
        assertTrue(driver().getCurrentUrl().contains("show="), driver().getCurrentUrl());
        assertTrue(driver().getCurrentUrl().contains("tag=history"), "filters combine: " + driver().getCurrentUrl());
        assertEquals(List.of("My own title"), titles());
    }

    @Test
    @Order(9)
    void deletingOffersAnUndoThatRestoresIt() {
        open("snips/" + snipId);
        browser.clickThrough(driver().findElement(By.id("delete-form:delete")));
        assertHeading("Snip deleted");
        assertEquals(List.of("The snip “My own title” is deleted."), globalMessages());
        assertEquals(404, listener.get("api/snips/" + snipId).status(), "gone from the listener's snips");
        assertFalse(listener.get("api/snips").body().contains("My own title"));

        browser.clickThrough(driver().findElement(By.id("undo-form:undo")));
        assertEquals(List.of("The snip is back."), globalMessages());
        assertHeading("My own title");
        assertEquals(200, listener.get("api/snips/" + snipId).status());
        open("snips");
        assertTrue(titles().contains("My own title"), titles().toString());
    }

    @Test
    @Order(10)
    void anotherListenerSeesNoneOfIt() {
        SignIn.as(browser, base, SignIn.EDITOR);
        open("snips");
        assertHeading("My snips");
        assertFalse(titles().contains("My own title"), titles().toString());
        open("snips/" + snipId);
        assertHeading("Page not found");
        open("snips?episode=" + saved.getJsonNumber("episodeId"));
        assertFalse(titles().contains("My own title"));
        open(DemoShow.ARCHIVE_PAGE);
        browser.waitUpTo(WAIT).until(driver -> "complete".equals(browser.script("return document.readyState;")));
        assertFalse(driver().getPageSource().contains("My own title"));
    }

    @Test
    void anAnonymousVisitorIsAskedToSignInAndComesBackToMySnips() {
        SignIn.out(browser, base);
        open("snips?tag=mobile");
        assertHeading("Sign in");
        driver().findElement(By.id("j_username")).sendKeys(SignIn.LISTENER);
        driver().findElement(By.id("j_password")).sendKeys("listener-demo");
        browser.clickThrough(driver().findElement(By.cssSelector(".sign-in-form button[type=submit]")));
        assertHeading("My snips");
        assertTrue(driver().getCurrentUrl().contains("snips?tag=mobile"), driver().getCurrentUrl());
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private WebElement snip() {
        return driver().findElement(By.id("snip-" + snipId));
    }

    private static List<String> titles() {
        return driver().findElements(By.cssSelector(".snip-list .snip-title")).stream().map(WebElement::getText).toList();
    }

    private static List<String> globalMessages() {
        return driver().findElements(By.cssSelector("#messages li")).stream().map(WebElement::getText).toList();
    }

    private static List<String> texts(WebElement in, String selector) {
        return in.findElements(By.cssSelector(selector)).stream().map(element -> element.getAttribute("textContent").strip())
                .toList();
    }

    private static List<String> texts(List<String> expected) {
        return expected.stream().map(String::strip).toList();
    }

    private static void type(String id, String text) {
        WebElement input = driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static String seconds(String field) {
        return number(saved, field);
    }

    /** A number of seconds as a media fragment writes it: "60", "61.5". */
    private static String number(JsonObject snip, String field) {
        return snip.getJsonNumber(field).bigDecimalValue().stripTrailingZeros().toPlainString();
    }

    /** A moment of the snip as the pages write it: "0:59". */
    private static String clock(JsonObject snip, String field) {
        int seconds = (int) Math.floor(snip.getJsonNumber(field).doubleValue());
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    /** A word of the snip's excerpt that is no stop word, to search for. */
    private static String firstLongWord() {
        return List.of(saved.getJsonArray("excerpt").getJsonObject(0).getString("text").split("\\W+")).stream()
                .filter(word -> word.length() >= 6).findFirst().orElseThrow().toLowerCase(Locale.ROOT);
    }

    private static void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver());
        assertTrue(results.getViolations().isEmpty(), page + ": " + results.getViolations().stream().map(Rule::getId).toList());
    }
}
