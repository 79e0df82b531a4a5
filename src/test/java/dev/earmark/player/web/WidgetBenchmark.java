package dev.earmark.player.web;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.Browser;
import dev.earmark.testing.browser.PortalServer;
import dev.earmark.testing.server.ServerTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The player's load-to-ready time in headless Chromium: from the start of a page's navigation to the
 * widget's "earmark-ready" mark (texts and episode fetched, UI built, audio metadata loaded, play
 * enabled), for the iframe's embed page and for the custom element on a portal page on another origin.
 * Each is loaded once into a fresh browser (cold cache), then {@value #RUNS} times more (warm cache).
 * Not a *IT: tools/benchmark/widget.sh runs it and prints the report it writes.
 */
@RunAsClient
class WidgetBenchmark extends ServerTest {

    private static final int RUNS = 20;

    @Test
    void loadToReady() throws IOException {
        long id = DemoShow.archiveId(base);
        StringBuilder report = new StringBuilder("page                                  cold ms  warm median ms  warm p90 ms\n");
        try (PortalServer portal = PortalServer.start()) {
            portal.page("/element.html", "<script src=\"" + base + "widget.js\" async></script><earmark-player episode=\""
                    + id + "\"></earmark-player>");
            report.append(measure("embed page (iframe src), same origin", base + "embed/episodes/" + id));
            report.append(measure("custom element on a portal page", portal.allowed("/element.html")));
            report.append(measure("Earmark episode page", base + DemoShow.ARCHIVE_PAGE));
        }
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "earmark-widget-benchmark.txt");
        Files.writeString(out, report);
        System.out.print(report);
    }

    private static String measure(String name, String url) {
        try (Browser browser = Browser.start()) {
            double cold = readyAfterLoading(browser, url);
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                browser.driver().get("about:blank");
                warm.add(readyAfterLoading(browser, url));
            }
            warm.sort(null);
            return String.format(Locale.ROOT, "%-38s %7.0f  %14.0f  %11.0f%n", name, cold, warm.get(warm.size() / 2),
                    warm.get((int) Math.ceil(warm.size() * 0.9) - 1));
        }
    }

    private static double readyAfterLoading(Browser browser, String url) {
        browser.driver().get(url);
        return browser.waitUpTo(Duration.ofSeconds(30)).until(driver -> (Number) browser.script(
                "const m = performance.getEntriesByName('earmark-ready'); return m.length ? m[0].startTime : null;"))
                .doubleValue();
    }
}
