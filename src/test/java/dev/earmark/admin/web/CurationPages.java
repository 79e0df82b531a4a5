package dev.earmark.admin.web;

import dev.earmark.testing.browser.Browser;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What an editor does on the curation and catalogue pages, in one browser, in Selenium terms. Kept apart from the
 * test, whose class is also loaded in the server, where neither Selenium nor the browser harness is: no such type may
 * appear in that class's fields or signatures.
 */
final class CurationPages {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Browser browser;

    private CurationPages() {
    }

    static void start() {
        browser = Browser.start();
    }

    static void close() {
        browser.close();
    }

    /** Through the container's login form; it ends on the home page, signed in. */
    static void signIn(URL base, String user, String password) {
        WebDriver driver = browser.driver();
        driver.get(base + "account/sign-in");
        driver.findElement(By.name("j_username")).sendKeys(user);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.sign-in-form button[type=submit]")).click();
        browser.waitUpTo(WAIT).until(d -> !d.findElements(By.cssSelector(".signed-in-as")).isEmpty());
    }

    static void open(URL base, String path) {
        browser.driver().get(base + path);
    }

    static void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    static void clickLink(String text) {
        browser.driver().findElement(By.linkText(text)).click();
    }

    static boolean hasLink(String text) {
        return !browser.driver().findElements(By.linkText(text)).isEmpty();
    }

    static void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** For fields such as datetime-local, whose typing depends on the browser's locale. */
    static void setValue(String id, String value) {
        browser.script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id(id)), value);
    }

    static String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    static void waitForValue(String id, String expected) {
        browser.waitUpTo(WAIT).until(d -> expected.equals(d.findElement(By.id(id)).getAttribute("value")));
    }

    static void waitForText(String id, String expected) {
        browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
    }

    static void upload(String id, Path file) {
        browser.driver().findElement(By.id(id)).sendKeys(file.toString());
    }

    static void select(String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    static int count(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    static String text(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }

    /** The page's messages (saved, deleted, refused). */
    static String message() {
        return text(".messages");
    }

    static void parseChapters(String text) {
        type("editor:chapterText", text);
        click("editor:parseChapters");
        browser.waitUpTo(WAIT).until(d -> !d.findElements(By.cssSelector(".chapter-start")).isEmpty());
    }

    /** Each row of the chapter table as "start title". */
    static List<String> chapterRows() {
        List<WebElement> starts = browser.driver().findElements(By.cssSelector(".chapter-start"));
        List<WebElement> titles = browser.driver().findElements(By.cssSelector(".chapter-title-input"));
        return IntStream.range(0, starts.size())
                .mapToObj(i -> starts.get(i).getAttribute("value") + " " + titles.get(i).getAttribute("value"))
                .toList();
    }

    /** A button that posts the whole form, files and all, and is answered with a new page. */
    static void submit(String id) {
        WebElement button = browser.driver().findElement(By.id(id));
        button.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(button));
        browser.waitUpTo(WAIT).until(d -> "complete".equals(browser.script("return document.readyState;")));
    }

    static void confirmDelete() {
        click("editor:askDelete");
        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:confirmDelete")));
        submit("editor:confirmDelete");
    }

    /** Starts the episode page's player and waits until it has played a little. */
    static void playsOnItsPage() {
        browser.script("document.getElementById('episode-audio').play();");
        browser.waitUpTo(WAIT).until(d -> ((Number) browser.script(
                "return document.getElementById('episode-audio').currentTime;")).doubleValue() > 0.3);
    }

    static String audioSource() {
        return browser.driver().findElement(By.id("episode-audio")).getAttribute("src");
    }

    /** Reloads the show's page every two seconds until the episode is listed there. */
    static void waitUntilListed(URL base, String show, String title, Duration timeout) {
        open(base, "shows/" + show);
        browser.waitUpTo(timeout).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.linkText(title)).isEmpty();
        });
    }
}
