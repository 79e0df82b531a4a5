package dev.earmark.exports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.earmark.snips.web.ApiSnips;
import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.server.WebClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A listener's path to a file: My snips filtered by a tag → Export → the page says which snips → CSV → the download
 * the form asks for (fetched with the browser's session, as Chromium would save it).
 */
class ExportBrowserIT extends BrowserTest {

    @Test
    void mySnipsExportsTheFilteredSnipsAsTheFileTheFormAsksFor() {
        String tag = "browser-export-" + UUID.randomUUID().toString().substring(0, 8);
        WebClient api = WebClient.signIn(base, SignIn.LISTENER, "listener-demo");
        WebClient.Reply created = ApiSnips.save(api, DemoShow.archiveId(base), 500, 30);
        assertEquals(201, created.status(), created.body());
        String title = created.object().getString("title");
        assertEquals(200, api.put("api/snips/" + created.object().getJsonNumber("id"), "{\"version\":"
                + created.object().getJsonNumber("version") + ",\"tags\":[\"" + tag + "\"]}").status());

        SignIn.as(browser, base, SignIn.LISTENER);
        open("snips?tag=" + tag);
        browser.clickThrough(browser.driver().findElement(By.id("snips-export")));
        assertHeading("Export your snips");
        String selection = browser.driver().findElement(By.id("export-selection")).getText();
        assertTrue(selection.startsWith("One snip") && selection.contains("tagged “" + tag + "”"), selection);
        Results accessibility = new AxeBuilder().analyze(browser.driver());
        assertTrue(accessibility.getViolations().isEmpty(),
                accessibility.getViolations().stream().map(Rule::getId).toList().toString());

        browser.driver().findElement(By.cssSelector("label[for=format-csv]")).click();
        WebElement form = browser.driver().findElement(By.cssSelector(".export-form"));
        String query = form.findElements(By.cssSelector("input")).stream()
                .filter(input -> !"radio".equals(input.getAttribute("type")) || input.isSelected())
                .map(input -> input.getAttribute("name") + "="
                        + URLEncoder.encode(input.getAttribute("value"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> download = WebClient.anonymous(base).fetch(
                URI.create(form.getAttribute("action")).getPath().substring(base.getPath().length()) + "?" + query,
                "Cookie", cookies);
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        assertEquals(200, download.statusCode(), csv);
        assertTrue(query.contains("format=csv") && query.contains("zip=false") && query.contains("tag=" + tag), query);
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertEquals(2, csv.split("\r\n").length, csv);
        assertTrue(csv.contains(title), csv);
    }
}
