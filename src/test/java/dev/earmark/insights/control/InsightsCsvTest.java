package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.insights.entity.ClientClass;
import dev.earmark.testing.Rfc4180;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InsightsCsvTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-30");
    private static final DayRange RANGE = new DayRange(DAY, DAY.plusDays(1));

    @Test
    void aShowsEpisodesAreRankedByPlaysAndByCompletionWithFormulasNeutralised() throws IOException {
        InsightsReport report = report(List.of(new EpisodeFigures(7, "=HYPERLINK(\"https://evil\")", 600, 4, 3, 2000, 1200, 2),
                new EpisodeFigures(8, "Second, \"quoted\"", 100, 1, 1, 100, 100, 0),
                new EpisodeFigures(9, "No duration", null, 1, 1, 10, 10, 0)), Optional.empty());
        List<List<String>> rows = read(InsightsChart.EPISODES, report);
        assertEquals(InsightsCsv.columns(InsightsChart.EPISODES), rows.get(0));
        assertEquals(List.of("7", "'=HYPERLINK(\"https://evil\")", "600", "4", "3", "2000", "1200", "2", "0.5000", "1", "2"),
                rows.get(1));
        assertEquals(List.of("8", "Second, \"quoted\"", "100", "1", "1", "100", "100", "0", "1.0000", "2", "1"), rows.get(2));
        assertEquals(List.of("9", "No duration", "", "1", "1", "10", "10", "0", "", "3", ""), rows.get(3));
    }

    @Test
    void daysPlacesClientsAndTheDropOffCurveAreOneRowEach() throws IOException {
        InsightsReport report = new InsightsReport(RANGE, List.of(new DayCounts(DAY, 3, 2, 1), DayCounts.none(DAY.plusDays(1))),
                List.of(), List.of(new Place(PlaceKind.PORTAL, "https://portal.example", 3),
                        new Place(PlaceKind.APP, "@Overcast", 1)),
                List.of(new ClientFigures(ClientClass.DESKTOP, 3, 1)),
                Optional.of(new InsightsReport.EpisodeDetail(120, new DropOff(List.of(1.0, 0.5), 2),
                        List.of(new ChapterStart(0, "Intro"), new ChapterStart(30_000, "-Cold open"),
                                new ChapterStart(61_000, "Guest")), List.of())), List.of());
        assertEquals(List.of(List.of("date", "plays", "listeners", "downloads"), List.of("2026-11-30", "3", "2", "1"),
                List.of("2026-12-01", "0", "0", "0")), read(InsightsChart.DAYS, report));
        assertEquals(List.of(List.of("place", "name", "plays", "downloads"),
                List.of("portal", "https://portal.example", "3", ""), List.of("app", "'@Overcast", "", "1")),
                read(InsightsChart.PLACES, report));
        assertEquals(List.of("desktop", "3", "1"), read(InsightsChart.CLIENTS, report).get(1));
        assertEquals(List.of(List.of("minute", "listening_share", "chapters_starting"),
                List.of("0", "1.0000", "Intro\n-Cold open"), List.of("1", "0.5000", "Guest")),
                read(InsightsChart.DROP_OFF, report));
    }

    @Test
    void theFileNameSaysWhatAndWhen() {
        assertEquals("insights-tech-talk-days-2026-11-30-to-2026-12-01.csv",
                InsightsCsv.fileName("tech-talk", null, InsightsChart.DAYS, RANGE));
        assertEquals("insights-tech-talk-episode-42-drop-off-2026-11-30-to-2026-12-01.csv",
                InsightsCsv.fileName("tech-talk", 42L, InsightsChart.DROP_OFF, RANGE));
        assertEquals(Optional.of(InsightsChart.DROP_OFF), InsightsChart.of("drop-off"));
        assertEquals(Optional.empty(), InsightsChart.of("DAYS"));
    }

    private static InsightsReport report(List<EpisodeFigures> episodes, Optional<InsightsReport.EpisodeDetail> detail) {
        return new InsightsReport(RANGE, List.of(DayCounts.none(DAY), DayCounts.none(DAY.plusDays(1))), episodes,
                List.of(), List.of(), detail, List.of());
    }

    private static List<List<String>> read(InsightsChart chart, InsightsReport report) throws IOException {
        StringWriter out = new StringWriter();
        InsightsCsv.write(out, chart, report);
        String text = out.toString();
        assertEquals('\uFEFF', text.charAt(0), "Excel reads UTF-8 with the byte order mark");
        return Rfc4180.read(text.substring(1));
    }
}
