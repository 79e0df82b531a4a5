package dev.earmark.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: nothing is downloaded at run time
 * (naming the driver executable keeps Selenium Manager from running at all).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("earmark.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        return start(1280, 900);
    }

    public static Browser start(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("earmark-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic", "--autoplay-policy=no-user-gesture-required",
                            "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /**
     * Clicks a link or a button that leads to another page and waits until that page has loaded:
     * the click returns as soon as the navigation starts, and redirects (sign-in, post-redirect-get)
     * can keep the old page on screen for a while on a busy machine.
     */
    public void clickThrough(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        waitUpTo(PAGE_LOAD).until(left -> isGone(page));
        waitUpTo(PAGE_LOAD).until(loaded -> "complete".equals(script("return document.readyState;")));
    }

    /**
     * Whether an element's page has been left. While Chromium tears the old document down, asking about one
     * of its elements may fail with "Node with given id does not belong to the document" instead of the
     * stale-element error that ExpectedConditions.stalenessOf expects: both mean the page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** The text of the first element {@code css} selects; empty when there is none. */
    public String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /**
     * Waits, at most {@code limit}, until the text of {@code css} starts as expected, clicking the button
     * {@code refresh} (which re-renders it) whenever the page offers it: the progress of background jobs.
     *
     * @return the text then
     */
    public String awaitRefreshed(String css, String start, By refresh, Duration limit) {
        waitUpTo(limit).ignoring(WebDriverException.class).until(page -> {
            if (text(css).startsWith(start)) {
                return true;
            }
            page.findElements(refresh).stream().findFirst().ifPresent(WebElement::click);
            return false;
        });
        return text(css);
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    public Path screenshot(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a left-over temporary profile is harmless
        }
    }
}
