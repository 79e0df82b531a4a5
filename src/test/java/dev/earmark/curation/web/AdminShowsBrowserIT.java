package dev.earmark.curation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.Story;
import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Curating a show in Chromium, signed in as the demo accounts: refused uploads, creating with
 * artwork, editing, a conflicting save, the history, and deleting after the confirmation; and who may
 * do what. The steps of the story build on each other, in order, on one show.
 */
@Story
class AdminShowsBrowserIT extends BrowserTest {

    private static final String SLUG = "browser-brew";

    /** Media files recorded and stored ("rows files") before the admin uploads anything. */
    private static String storedBefore;

    @Test
    void listenersAreTurnedAwayFromPagesAndApi() {
        signInAs(SignIn.LISTENER);

        for (String page : List.of("admin/", "admin/shows.xhtml", "admin/show.xhtml", "admin/show-delete.xhtml?id=1",
                "admin/episodes.xhtml?show=meta-tech-podcast", "admin/episode.xhtml?show=meta-tech-podcast",
                "admin/episode.xhtml?id=1", "admin/settings.xhtml")) {
            open(page);
            assertHeading("Not for your account", page);
        }
        @SuppressWarnings("unchecked")
        List<Number> statuses = (List<Number>) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const shows = arguments[0] + 'api/admin/shows';
                const episodes = arguments[0] + 'api/admin/episodes';
                const json = {'Content-Type': 'application/json'};
                Promise.all([
                    fetch(shows),
                    fetch(shows + '/1'),
                    fetch(shows, {method: 'POST', headers: json, body: '{"title":"Mine"}'}),
                    fetch(shows + '/1', {method: 'PUT', headers: json, body: '{"title":"Mine","version":1}'}),
                    fetch(shows + '/1?version=1', {method: 'DELETE'}),
                    fetch(episodes + '/1'),
                    fetch(episodes, {method: 'POST', headers: json, body: '{"show":"meta-tech-podcast","title":"Mine"}'}),
                    fetch(episodes + '/1', {method: 'PUT', headers: json, body: '{"title":"Mine","version":1}'}),
                    fetch(episodes + '/1?version=1', {method: 'DELETE'})
                ].map(request => request.then(response => response.status))).then(done);
                """, base.toExternalForm());
        assertEquals(List.of(403L, 403L, 403L, 403L, 403L, 403L, 403L, 403L, 403L),
                statuses.stream().map(Number::longValue).toList());
    }

    @Test
    @Order(2)
    void fakeAndOversizedArtworkIsRefusedNextToTheFieldAndNothingIsStored() {
        storedBefore = TestSupport.get(base, "media/count");
        signInAs(SignIn.ADMIN);
        open("admin/shows.xhtml");
        browser.clickThrough(driver().findElement(By.id("new-show")));
        type("show-form:title", "Browser Brew");
        type("show-form:author", "The Browser");

        driver().findElement(By.id("show-form:artwork")).sendKeys(file("fake.png", "This is text, not a picture.".getBytes(StandardCharsets.UTF_8)).toString());
        browser.clickThrough(driver().findElement(By.id("show-form:save")));
        assertEquals("This kind of file is not accepted here.", fieldError("artwork"));
        assertEquals("Browser Brew", value("show-form:title"), "what the admin typed stays");

        byte[] oversized = new byte[6 * 1024 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, oversized, 0, 8);
        driver().findElement(By.id("show-form:artwork")).sendKeys(file("huge.png", oversized).toString());
        browser.clickThrough(driver().findElement(By.id("show-form:save")));
        assertEquals("This file is too large: at most 5 MB are accepted.", fieldError("artwork"));
        assertEquals("The Browser", value("show-form:author"));

        assertEquals(storedBefore, TestSupport.get(base, "media/count"));
        assertEquals(404, WebClient.anonymous(base).get("api/shows/" + SLUG).status());
    }

    @Test
    @Order(3)
    void genuineArtworkCreatesTheShow() {
        driver().findElement(By.id("show-form:artwork")).sendKeys(file("cover.png", demoArtwork()).toString());
        browser.clickThrough(driver().findElement(By.id("show-form:save")));

        assertEquals(List.of("Saved “Browser Brew”."), globalMessages());
        assertTrue(driver().getCurrentUrl().contains("admin/show.xhtml?id="), driver().getCurrentUrl());
        assertEquals(SLUG, value("show-form:slug"), "made from the title");
        WebElement image = driver().findElement(By.cssSelector("img.admin-artwork"));
        assertTrue(((Number) browser.script("return arguments[0].naturalWidth;", image)).intValue() > 0, "the artwork is served");
        assertEquals(List.of("uploaded artwork cover.png", "created Browser Brew"), history());
    }

    @Test
    @Order(4)
    void editingShowsUpInTheHistory() {
        type("show-form:title", "Browser Brew Weekly");
        browser.clickThrough(driver().findElement(By.id("show-form:save")));

        assertEquals(List.of("Saved “Browser Brew Weekly”."), globalMessages());
        assertEquals(List.of("edited title", "uploaded artwork cover.png", "created Browser Brew"), history());
        assertTrue(driver().findElements(By.cssSelector(".audit-actor")).stream().allMatch(actor -> actor.getText().equals("admin")));
    }

    @Test
    @Order(5)
    void aSaveAfterAnotherAdminsIsRefusedAndKeepsWhatWasTyped() {
        type("show-form:description", "Typed by the first admin");
        WebClient otherAdmin = WebClient.signIn(base, "admin", "admin-demo");
        JsonObject show = otherAdmin.get("api/admin/shows/" + showId()).object();
        assertEquals(200, otherAdmin.put("api/admin/shows/" + showId(), "{\"title\":\"Browser Brew Weekly\",\"slug\":\""
                + SLUG + "\",\"author\":\"The Other Admin\",\"version\":" + show.getJsonNumber("version") + "}").status());

        browser.clickThrough(driver().findElement(By.id("show-form:save")));

        List<String> messages = globalMessages();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("Someone else saved 'Browser Brew Weekly' after you opened it"), messages.get(0));
        assertEquals("Typed by the first admin", value("show-form:description"));

        browser.clickThrough(driver().findElement(By.linkText("Discard my changes and load the latest version")));
        assertEquals("The Other Admin", value("show-form:author"));
    }

    @Test
    @Order(6)
    void editorsSeeShowsButCannotDeleteOrChangeThem() {
        TestSupport.post(base, "shows/" + SLUG + "/episodes?count=3");
        signInAs(SignIn.EDITOR);
        open("admin/shows.xhtml");
        WebElement row = showRow();
        assertEquals("3", row.findElement(By.cssSelector(".admin-show-episodes")).getText());
        assertTrue(row.findElements(By.cssSelector(".admin-delete")).isEmpty());
        assertTrue(driver().findElements(By.id("new-show")).isEmpty());

        open("admin/show-delete.xhtml?id=" + showId());
        assertEquals("Only admins can delete shows.", driver().findElement(By.cssSelector(".admin-note")).getText());
        assertTrue(driver().findElements(By.id("delete-form:confirm")).isEmpty());

        open("admin/show.xhtml?id=" + showId());
        assertEquals("Browser Brew Weekly", value("show-form:title"));
        assertTrue(driver().findElements(By.id("show-form:save")).isEmpty());
    }

    @Test
    @Order(7)
    void adminDeletesAfterTheConfirmationCountingTheEpisodes() {
        signInAs(SignIn.ADMIN);
        open("admin/shows.xhtml");
        browser.clickThrough(showRow().findElement(By.cssSelector(".admin-delete")));

        assertEquals("Delete “Browser Brew Weekly” and all its 3 episodes?",
                driver().findElement(By.cssSelector(".delete-question")).getText());
        browser.clickThrough(driver().findElement(By.id("delete-form:confirm")));

        assertEquals(List.of("Deleted “Browser Brew Weekly” with 3 episodes."), globalMessages());
        assertTrue(driver().findElements(By.cssSelector("tr[data-slug='" + SLUG + "']")).isEmpty());
        assertEquals(storedBefore, TestSupport.get(base, "media/count"), "the artwork went with the show");
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private String showId() {
        String edit = driver().getCurrentUrl().contains("id=") ? driver().getCurrentUrl()
                : showRow().findElement(By.cssSelector(".admin-edit")).getAttribute("href");
        return edit.substring(edit.indexOf("id=") + 3).split("&")[0];
    }

    private static WebElement showRow() {
        return driver().findElement(By.cssSelector("tr[data-slug='" + SLUG + "']"));
    }

    /** Signs in and waits until the page says so: the login's redirects may outlast the click. */
    private void signInAs(String user) {
        SignIn.as(browser, base, user);
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector(".signed-in-as"), user));
    }

    private static void type(String id, String text) {
        WebElement input = driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static String value(String id) {
        return driver().findElement(By.id(id)).getAttribute("value");
    }

    private static String fieldError(String field) {
        return driver().findElement(By.id("show-form:" + field + "Message")).getText();
    }

    private static List<String> globalMessages() {
        return driver().findElements(By.cssSelector("#messages li")).stream().map(WebElement::getText).toList();
    }

    /** Newest first: what was done and its details, without the time and the actor. */
    private static List<String> history() {
        return driver().findElements(By.cssSelector(".audit-entry")).stream()
                .map(entry -> entry.findElement(By.cssSelector(".audit-action")).getText() + " "
                        + entry.findElement(By.cssSelector(".audit-details")).getText())
                .toList();
    }

    private static Path file(String name, byte[] content) {
        try {
            Path directory = Files.createTempDirectory("earmark-upload");
            directory.toFile().deleteOnExit();
            Path file = Files.write(directory.resolve(name), content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] demoArtwork() {
        try (InputStream in = AdminShowsBrowserIT.class.getResourceAsStream("/dev/earmark/demo/meta-tech-podcast.png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
