package dev.earmark.insights.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.insights.control.ChapterStart;
import dev.earmark.insights.control.ClientFigures;
import dev.earmark.insights.control.DayCounts;
import dev.earmark.insights.control.DayRange;
import dev.earmark.insights.control.DropOff;
import dev.earmark.insights.control.EpisodeFigures;
import dev.earmark.insights.control.InsightsReport;
import dev.earmark.insights.control.Place;
import dev.earmark.insights.control.PlaceKind;
import dev.earmark.insights.entity.ClientClass;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The dashboard's charts as the page gets them: worded from the bundle (no key missing), numbered for the locale. */
class DashboardChartsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-30");
    private static final InsightsFormat ENGLISH = new InsightsFormat(Locale.ENGLISH);

    @Test
    void aShowHasItsDaysPlacesDevicesAndBothRankingsEachWithTableAndCsv() throws Exception {
        InsightsReport report = new InsightsReport(new DayRange(DAY, DAY.plusDays(2)), List.of(
                new DayCounts(DAY, 1200, 800, 3), DayCounts.none(DAY.plusDays(1)), new DayCounts(DAY.plusDays(2), 1, 1, 0)),
                List.of(new EpisodeFigures(1, "First <b>", 600, 1000, 700, 300_000, 300_000, 3),
                        new EpisodeFigures(2, "Second", null, 201, 101, 1000, 900, 0)),
                List.of(new Place(PlaceKind.EARMARK, "", 1000), new Place(PlaceKind.PORTAL, "https://intranet.example", 201),
                        new Place(PlaceKind.OTHER_DOWNLOADS, "", 3)),
                ClientFigures.of(java.util.Map.of(ClientClass.DESKTOP, 1201L), java.util.Map.of(ClientClass.MOBILE, 3L)),
                Optional.empty(), List.of());
        List<ChartFigure> charts = charts(report);
        assertEquals(List.of("chart-days", "chart-places", "chart-clients", "chart-by-plays", "chart-by-completion"),
                charts.stream().map(ChartFigure::id).toList());
        for (ChartFigure chart : charts) {
            wellFormed(chart.svg());
            assertFalse(chart.svg().contains("???") || chart.heading().contains("???")
                    || chart.table().toString().contains("???"), chart.id() + " lacks a text: " + chart);
            assertEquals(chart.table().columns().size(), 1 + chart.table().rows().get(0).cells().size());
            assertTrue(chart.csvHref().startsWith("csv:"), chart.csvHref());
        }
        ChartFigure days = charts.get(0);
        assertEquals(List.of("Nov 30, 2026", "Dec 1, 2026", "Dec 2, 2026"),
                days.table().rows().stream().map(ChartTable.Row::header).toList());
        assertEquals(List.of("1,200", "800", "3"), days.table().rows().get(0).cells(), "counts in the locale's way");
        ChartFigure byPlays = charts.get(3);
        assertEquals("episode:1", byPlays.table().rows().get(0).href());
        assertEquals(List.of("1", "1,000", "3", "83 h 20 min", "50%", "1"), byPlays.table().rows().get(0).cells());
        assertEquals(List.of("2", "201", "0", "17 min", "unknown", "unknown"), byPlays.table().rows().get(1).cells());
        assertTrue(byPlays.svg().contains("First &lt;b&gt;"), "titles escaped in the chart");
        assertEquals(1, charts.get(4).table().rows().size(), "an unknown completion is not ranked");
        assertEquals("csv:episodes", charts.get(4).csvHref());
    }

    @Test
    void anEpisodeHasItsDropOffCurveWithChaptersInsteadOfRankings() throws Exception {
        InsightsReport report = new InsightsReport(new DayRange(DAY, DAY), List.of(new DayCounts(DAY, 4, 3, 0)),
                List.of(new EpisodeFigures(1, "One", 180, 4, 3, 600, 540, 0)), List.of(new Place(PlaceKind.MOMENT, "", 4)),
                ClientFigures.of(java.util.Map.of(), java.util.Map.of()),
                Optional.of(new InsightsReport.EpisodeDetail(180, new DropOff(List.of(1.0, 0.75, 0.5), 4),
                        List.of(new ChapterStart(0, "Intro"), new ChapterStart(65_000, "Guest")), List.of())),
                List.of());
        List<ChartFigure> charts = charts(report);
        assertEquals(List.of("chart-days", "chart-drop-off", "chart-places", "chart-clients"),
                charts.stream().map(ChartFigure::id).toList());
        ChartFigure dropOff = charts.get(1);
        wellFormed(dropOff.svg());
        assertEquals(List.of("0 min", "1 min", "2 min"), dropOff.table().rows().stream().map(ChartTable.Row::header).toList());
        assertEquals(List.of("75%", "Guest"), dropOff.table().rows().get(1).cells());
        assertTrue(dropOff.svg().contains("Of 4 plays, 100% heard the first minute and 50% the last (minute 2); 2 chapters"),
                dropOff.svg());
    }

    private static List<ChartFigure> charts(InsightsReport report) {
        return new DashboardCharts(report, ENGLISH, chart -> "csv:" + chart.key(), id -> "episode:" + id).all();
    }

    private static void wellFormed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
