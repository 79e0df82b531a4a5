package dev.earmark.insights.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.earmark.testing.browser.BrowserTest;
import dev.earmark.testing.browser.SignIn;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.DailyFiguresFixtures;
import dev.earmark.testing.server.WebClient;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The curators' dashboard in Chromium: an editor finds it in the curation area's navigation, sees a show's charts
 * (SVG images with their tables and CSV files) and an episode's drop-off curve, is told what is wrong with parameters
 * that cannot be used, and a listener is kept out. The figures are daily rows seeded for a show of this test's own
 * (DailyFiguresFixtures: 6 plays, 3 downloads over the last three days).
 */
class InsightsDashboardBrowserIT extends BrowserTest {

    private String slug;

    @BeforeEach
    void seed() {
        slug = "insights-browser-" + UUID.randomUUID().toString().substring(0, 8);
        TestSupport.post(base, "insights/shows/" + slug);
    }

    @Test
    void anEditorSeesAShowsChartsTablesAndCsvFilesAndAnEpisodesDropOff() {
        SignIn.as(browser, base, SignIn.EDITOR);
        open("admin/");
        browser.clickThrough(browser.driver().findElement(By.id("insights-link")));
        assertHeading("Listening insights");
        assertTrue(rowHeaders().contains("Test show " + slug), "the shows of the last 30 days: " + rowHeaders());

        open("admin/insights?show=" + slug + "&period=7");
        assertHeading("Listening insights");
        assertEquals("Test show " + slug, text("#insights-subject"));
        assertEquals("6", text("#tile-plays .insights-tile-value"));
        assertEquals("3", text("#tile-downloads .insights-tile-value"));
        assertEquals("75%", text("#tile-completion .insights-tile-value"));
        assertTrue(text("#insights-refusals").contains("42 not counted"), text("#insights-refusals"));

        List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg.chart[role=img]"));
        assertEquals(List.of("chart-days", "chart-places", "chart-clients", "chart-by-plays", "chart-by-completion"),
                charts.stream().map(chart -> chart.getAttribute("id")).toList());
        for (WebElement chart : charts) {
            String title = (String) browser.script("return document.getElementById(arguments[0]).textContent;",
                    chart.getAttribute("id") + "-title");
            assertFalse(title.isBlank(), chart.getAttribute("id"));
            WebElement section = chart.findElement(By.xpath("./ancestor::section[1]"));
            WebElement table = section.findElement(By.cssSelector("details table"));
            assertEquals(title, table.findElement(By.tagName("caption")).getAttribute("textContent").strip());
            assertFalse(table.findElements(By.cssSelector("tbody th[scope=row]")).isEmpty());
            String csv = section.findElement(By.cssSelector("a.insights-csv")).getAttribute("href");
            assertTrue(csv.contains("/api/admin/insights/") && csv.contains(".csv?show=" + slug + "&from="), csv);
        }
        assertTrue(browser.driver().findElement(By.id("chart-places")).getAttribute("textContent")
                .contains(DailyFiguresFixtures.PORTAL), "portal origins are labels");
        WebElement daysTable = browser.driver().findElement(By.cssSelector("#chart-days-section details"));
        daysTable.findElement(By.tagName("summary")).click();
        assertEquals(7, daysTable.findElements(By.cssSelector("tbody tr")).size(), "a row per day, days without figures too");
        assertAccessible("a show's dashboard");

        String csv = browser.driver().findElement(By.cssSelector("#chart-by-plays-section a.insights-csv"))
                .getAttribute("href");
        WebClient.Reply file = WebClient.signIn(base, "editor", "editor-demo").get(csv);
        assertEquals(200, file.status(), file.body());
        assertTrue(file.header("Content-Disposition").contains("insights-" + slug + "-episodes-"));
        assertTrue(file.body().startsWith("\uFEFFepisode_id,title,"), file.body());

        WebElement episodeLink = browser.driver().findElement(By.cssSelector("#chart-by-plays-section tbody th a"));
        assertEquals("Chaptered talk", episodeLink.getAttribute("textContent"));
        browser.driver().get(episodeLink.getAttribute("href"));
        assertHeading("Listening insights");
        assertEquals("Chaptered talk", text("#insights-subject"));
        assertEquals("Test show " + slug, text("#insights-show-link"));
        WebElement dropOff = browser.driver().findElement(By.id("chart-drop-off"));
        List<String> marks = dropOff.findElements(By.cssSelector(".chart-mark title")).stream()
                .map(title -> title.getAttribute("textContent")).toList();
        assertEquals(List.of("1. Intro", "2. " + DailyFiguresFixtures.HOSTILE_CHAPTER), marks, "chapter titles are text");
        assertNull(browser.script("return window.earmarkXss;"), "no script of a chapter's title ran");
        assertTrue(browser.driver().findElements(By.cssSelector("svg script")).isEmpty());
        assertEquals("No moment of this episode has been saved by enough listeners yet.",
                text("#insights-moments .empty-state"));
        assertAccessible("an episode's dashboard");
    }

    @Test
    void parametersThatCannotBeUsedAreSaidOnThePage() {
        SignIn.as(browser, base, SignIn.ADMIN);
        open("admin/insights?show=no-such-show");
        assertHeading("Listening insights");
        assertEquals("There is no show with the address 'no-such-show'.", text("#insights-problem"));
        open("admin/insights?show=" + slug + "&from=2026-12-05&to=2026-12-01");
        assertEquals("The first day (2026-12-05) is after the last (2026-12-01).", text("#insights-problem"));
        open("admin/insights?show=" + slug + "&from=2024-01-01&to=2025-06-30");
        assertEquals("Choose at most 366 days.", text("#insights-problem"));
        open("admin/insights?show=" + slug + "&from=%3Cscript%3E&to=2026-12-01");
        assertEquals("'<script>' is no date: write it as 2026-12-31.", text("#insights-problem"));
        open("admin/insights?show=" + slug + "&episode=999999999999");
        assertTrue(text("#insights-problem").startsWith("There is no episode"), text("#insights-problem"));
        assertTrue(browser.driver().findElements(By.cssSelector("svg.chart")).isEmpty());

        open("admin/insights?show=" + slug + "&period=days&from=2020-02-01&to=2020-02-29");
        assertTrue(text("#insights-empty").startsWith("Nobody played or downloaded this in the period."));
        assertEquals("days", browser.driver().findElement(By.cssSelector("#insights-period option[selected]"))
                .getAttribute("value"));
        assertEquals("2020-02-01", browser.driver().findElement(By.id("insights-from")).getAttribute("value"));
    }

    @Test
    void switchedOffTheDashboardSaysSoAndStillShowsThePast() {
        TestSupport.setProperty(base, "earmark.insights", "false");
        try {
            SignIn.as(browser, base, SignIn.EDITOR);
            open("admin/insights?show=" + slug + "&period=7");
            assertTrue(text(".insights-off").startsWith("Listening insights are switched off"));
            assertEquals("6", text("#tile-plays .insights-tile-value"));
        } finally {
            TestSupport.clearProperty(base, "earmark.insights");
        }
    }

    @Test
    void theFormChoosesAShowAndPeriodAsABookmarkableAddress() {
        SignIn.as(browser, base, SignIn.EDITOR);
        open("admin/insights");
        new Select(browser.driver().findElement(By.id("insights-show")))
                .selectByValue(slug);
        new Select(browser.driver().findElement(By.id("insights-period")))
                .selectByValue("90");
        browser.clickThrough(browser.driver().findElement(By.id("insights-submit")));
        assertTrue(browser.driver().getCurrentUrl().contains("show=" + slug + "&period=90"),
                browser.driver().getCurrentUrl());
        assertEquals("6", text("#tile-plays .insights-tile-value"));
        assertTrue(text("#insights-range").endsWith("(90 days)"), text("#insights-range"));
    }

    @Test
    void aListenerIsKeptOut() {
        SignIn.as(browser, base, SignIn.LISTENER);
        open("admin/insights?show=" + slug);
        assertHeading("Not for your account");
        assertTrue(browser.driver().findElements(By.cssSelector("svg.chart")).isEmpty());
    }

    private List<String> rowHeaders() {
        return browser.driver().findElements(By.cssSelector("tbody th[scope=row]")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
    }

    private static String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }

    private static void assertAccessible(String where) {
        List<Rule> violations = new AxeBuilder().analyze(browser.driver()).getViolations();
        assertTrue(violations.isEmpty(), where + ": " + violations.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getTarget().toString())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }
}
