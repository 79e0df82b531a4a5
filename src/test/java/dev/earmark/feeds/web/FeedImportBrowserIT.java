package dev.earmark.feeds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The curator's import page in Chromium: a feed file into a new show with its report, a hostile file refused. */
class FeedImportBrowserIT extends BrowserTest {

    @Test
    void importsAnUploadedFeedAndShowsTheReport() {
        signInAsAdmin();
        open("admin/feeds.xhtml");
        String feed = resource("/feeds/corpus/libsyn.xml").replace("8f2a1c3e-1111", UUID.randomUUID().toString());

        driver().findElement(By.id("feed-import:file")).sendKeys(file("garden.xml", feed).toString());
        browser.clickThrough(driver().findElement(By.id("feed-import:import")));

        assertEquals("2", driver().findElement(By.id("count-added")).getText());
        assertEquals("0", driver().findElement(By.id("count-skipped")).getText());
        List<String> outcomes = driver().findElements(By.cssSelector(".import-report-items tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(1).getText()).toList();
        assertEquals(List.of("added", "added"), outcomes);
    }

    @Test
    void refusesAHostileFeedWithItsReason() {
        signInAsAdmin();
        open("admin/feeds.xhtml");

        driver().findElement(By.id("feed-import:file")).sendKeys(file("xxe.xml",
                resource("/feeds/hostile/xxe.xml")).toString());
        browser.clickThrough(driver().findElement(By.id("feed-import:import")));

        List<String> messages = driver().findElements(By.cssSelector("#messages li")).stream()
                .map(WebElement::getText).toList();
        assertTrue(messages.stream().anyMatch(message -> message.contains("DOCTYPE")), messages.toString());
        assertTrue(driver().findElements(By.cssSelector(".import-report")).isEmpty());
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private void signInAsAdmin() {
        SignIn.as(browser, base, SignIn.ADMIN);
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.cssSelector(".signed-in-as"), SignIn.ADMIN));
    }

    private static Path file(String name, String content) {
        try {
            Path directory = Files.createTempDirectory("earmark-feed");
            directory.toFile().deleteOnExit();
            Path file = Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(FeedImportBrowserIT.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
