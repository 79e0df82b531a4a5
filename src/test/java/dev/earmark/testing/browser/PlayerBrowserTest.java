package dev.earmark.testing.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * A browser test of pages with Earmark's player (the first {@code <earmark-player>} of the page): waiting until it is
 * ready to play, looking into its Shadow DOM and at its audio, and asking axe-core about the page.
 */
public abstract class PlayerBrowserTest extends BrowserTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(20);

    protected static WebElement host() {
        return browser.driver().findElement(By.tagName("earmark-player"));
    }

    protected static SearchContext shadow() {
        return host().getShadowRoot();
    }

    protected static void waitReady() {
        browser.waitUpTo(PATIENCE).until(driver -> Boolean.TRUE.equals(browser.script(
                "const h = document.querySelector('earmark-player'); const r = h && h.shadowRoot;"
                        + " const p = r && r.querySelector('.play');"
                        + " return !!p && !p.disabled && !r.querySelector('.p').hidden;")));
    }

    protected static Object audio(String property) {
        return browser.script("return document.querySelector('earmark-player').shadowRoot.querySelector('audio')."
                + property + ";");
    }

    protected static double time() {
        return ((Number) audio("currentTime")).doubleValue();
    }

    protected static double rate() {
        return ((Number) audio("playbackRate")).doubleValue();
    }

    protected static boolean paused() {
        return Boolean.TRUE.equals(audio("paused"));
    }

    protected static void assertNoViolations(String where) {
        List<Rule> violations = new AxeBuilder().analyze(browser.driver()).getViolations();
        assertTrue(violations.isEmpty(), where + ": " + violations.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n")));
    }
}
