package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.ListeningContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The figures a dashboard derives from the daily rows: zero-filled days, places, client classes, completion, drop-off. */
class FiguresTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-30");

    @Test
    void everyDayOfTheRangeIsAPointAndDaysWithoutRowsAreZero() {
        DayRange range = new DayRange(DAY, DAY.plusDays(3));
        List<DayCounts> series = DailySeries.of(range, List.of(new DayCounts(DAY.plusDays(1), 5, 3, 1),
                new DayCounts(DAY.plusDays(9), 7, 7, 7)));
        assertEquals(List.of(DayCounts.none(DAY), new DayCounts(DAY.plusDays(1), 5, 3, 1),
                DayCounts.none(DAY.plusDays(2)), DayCounts.none(DAY.plusDays(3))), series);
    }

    @Test
    void placesComeInAFixedOrderMostFirstWithinPortalsAndApps() {
        List<Place> places = Places.of(List.of(
                new Places.Played(ListeningContext.MOMENT, "", 1),
                new Places.Played(ListeningContext.EMBED, "https://b.example", 2),
                new Places.Played(ListeningContext.EMBED, "https://a.example", 9),
                new Places.Played(ListeningContext.EMBED, "", 4),
                new Places.Played(ListeningContext.EARMARK, "", 3)), List.of(
                new Places.Downloaded("", 6), new Places.Downloaded("Overcast", 2), new Places.Downloaded("AntennaPod", 5)));
        assertEquals(List.of(new Place(PlaceKind.EARMARK, "", 3), new Place(PlaceKind.PORTAL, "https://a.example", 9),
                new Place(PlaceKind.PORTAL, "https://b.example", 2), new Place(PlaceKind.UNKNOWN_EMBED, "", 4),
                new Place(PlaceKind.MOMENT, "", 1), new Place(PlaceKind.APP, "AntennaPod", 5),
                new Place(PlaceKind.APP, "Overcast", 2), new Place(PlaceKind.OTHER_DOWNLOADS, "", 6)), places);
        assertEquals(List.of(new Place(PlaceKind.EARMARK, "", 1)),
                Places.of(List.of(new Places.Played(ListeningContext.EARMARK, "", 1)), List.of()), "nothing else listed");
    }

    @Test
    void everyClientClassIsListedWithZeroWhereNoneCame() {
        assertEquals(List.of(new ClientFigures(ClientClass.DESKTOP, 4, 0), new ClientFigures(ClientClass.MOBILE, 0, 2),
                new ClientFigures(ClientClass.TABLET, 0, 0)),
                ClientFigures.of(Map.of(ClientClass.DESKTOP, 4L), Map.of(ClientClass.MOBILE, 2L)));
    }

    @Test
    void completionIsHeardOverPlaysTimesDurationAndUnknownWithoutADuration() {
        assertEquals(OptionalDouble.of(0.5), Completion.of(600, 2, 600));
        assertEquals(OptionalDouble.empty(), Completion.of(600, 2, null));
        assertEquals(OptionalDouble.empty(), Completion.of(600, 2, 0));
        assertEquals(OptionalDouble.empty(), Completion.of(0, 0, 600));
        assertEquals(OptionalDouble.of(1.0), Completion.of(1250, 2, 600), "the beacon's slack never makes more than all");
        EpisodeFigures known = new EpisodeFigures(1, "Known", 600, 2, 2, 900, 600, 0);
        EpisodeFigures unknown = new EpisodeFigures(2, "Unknown", null, 10, 10, 9000, 9000, 0);
        assertEquals(OptionalDouble.of(0.5), Completion.ofAll(List.of(known, unknown)), "unknown durations left out");
        assertEquals(OptionalDouble.empty(), Completion.ofAll(List.of(unknown)));
    }

    @Test
    void theDropOffCurveHasAMinuteForEveryMinuteOfTheEpisode() {
        DropOff curve = DropOff.of(Map.of(0, 4L, 1, 3L, 3, 1L), 4, 241);
        assertEquals(List.of(1.0, 0.75, 0.0, 0.25, 0.0), curve.shares());
        assertEquals(List.of(1.0, 0.75, 0.0, 0.25), DropOff.of(Map.of(0, 4L, 1, 3L, 3, 1L), 4, null).shares(),
                "without a duration, up to the last minute heard");
        assertTrue(DropOff.of(Map.of(0, 4L), 0, 600).isEmpty(), "no plays, no curve");
    }

    @Test
    void aReportSumsItsDaysAndRanksByCompletionLeavingUnknownsOut() {
        DayRange range = new DayRange(DAY, DAY.plusDays(1));
        EpisodeFigures half = new EpisodeFigures(1, "Half", 600, 2, 2, 900, 600, 1);
        EpisodeFigures full = new EpisodeFigures(2, "Full", 60, 1, 1, 60, 60, 0);
        EpisodeFigures unknown = new EpisodeFigures(3, "Unknown", null, 5, 5, 50, 50, 0);
        InsightsReport report = new InsightsReport(range, List.of(new DayCounts(DAY, 6, 4, 1),
                new DayCounts(DAY.plusDays(1), 2, 2, 0)), List.of(unknown, half, full), List.of(), List.of(),
                java.util.Optional.empty(), List.of());
        assertEquals(8, report.plays());
        assertEquals(1, report.downloads());
        assertEquals(6, report.listenerDays());
        assertEquals(1010, report.listenedSeconds());
        assertEquals(List.of(full, half), report.byCompletion());
        assertEquals(660 / 1260.0, report.completion().getAsDouble(), 1e-9);
    }
}
