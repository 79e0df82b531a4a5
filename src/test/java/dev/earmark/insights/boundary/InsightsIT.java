package dev.earmark.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.boundary.ShowNotFoundException;
import dev.earmark.insights.control.ClientFigures;
import dev.earmark.insights.control.DayCounts;
import dev.earmark.insights.control.EpisodeFigures;
import dev.earmark.insights.control.InsightsReport;
import dev.earmark.insights.control.Place;
import dev.earmark.insights.control.PlaceKind;
import dev.earmark.insights.control.Refusal;
import dev.earmark.insights.control.ShowFigures;
import dev.earmark.insights.entity.ClientClass;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.testing.Rfc4180;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.DailyFiguresFixtures;
import dev.earmark.testing.server.DailyFiguresFixtures.ListenedShow;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's read side on the daily tables (V24), seeded for a show of this test's own beside a stranger show
 * whose rows fall on the same days: sums, days without figures, completion, the drop-off curve, ranking, refusals; and
 * the CSV files through the API with the real role checks.
 */
class InsightsIT extends ServerTest {

    @Inject
    Insights insights;

    @Inject
    DailyFiguresFixtures insightsFixtures;

    @Test
    void aShowsFiguresAreItsOwnSummedWithEveryDayOfThePeriod() {
        ListenedShow listened = seeded();
        LocalDate today = insightsFixtures.today();
        InsightsReport report = insights.report(insights.scope(listened.slug(), null, null,
                today.minusDays(3).toString(), today.toString()));

        assertEquals(List.of(DayCounts.none(today.minusDays(3)), new DayCounts(today.minusDays(2), 3, 2, 1),
                new DayCounts(today.minusDays(1), 2, 2, 2), new DayCounts(today, 1, 1, 0)), report.days());
        assertEquals(6, report.plays());
        assertEquals(3, report.downloads());
        assertEquals(5, report.listenerDays());
        assertEquals(2400, report.listenedSeconds());
        assertEquals(List.of(
                new EpisodeFigures(listened.talkId(), "Chaptered talk", 600, 4, 3, 2100, 1800, 1),
                new EpisodeFigures(listened.otherId(), "Unknown length", null, 2, 2, 300, 300, 2)), report.episodes(),
                "most played first");
        assertEquals(0.75, report.completion().getAsDouble(), 1e-9, "1800 s heard of 4 plays × 600 s; no duration, no say");
        assertEquals(List.of(report.episodes().get(0)), report.byCompletion());
        assertEquals(List.of(new Place(PlaceKind.EARMARK, "", 2), new Place(PlaceKind.PORTAL, DailyFiguresFixtures.PORTAL, 1),
                new Place(PlaceKind.UNKNOWN_EMBED, "", 2), new Place(PlaceKind.MOMENT, "", 1),
                new Place(PlaceKind.APP, "AntennaPod", 1), new Place(PlaceKind.OTHER_DOWNLOADS, "", 2)), report.places());
        assertEquals(List.of(new ClientFigures(ClientClass.DESKTOP, 3, 2), new ClientFigures(ClientClass.MOBILE, 1, 1),
                new ClientFigures(ClientClass.TABLET, 2, 0)), report.clients());
        assertEquals(List.of(new Refusal(today.minusDays(1), 42)), report.refusals());
        assertTrue(report.episode().isEmpty());

        List<ShowFigures> shows = insights.shows(report.range());
        assertTrue(shows.contains(new ShowFigures(listened.slug(), "Test show " + listened.slug(), 6, 3)), shows.toString());
    }

    @Test
    void anEpisodesFiguresHaveItsDropOffCurveWithChaptersAndOnlyItsOwnRefusals() {
        ListenedShow listened = seeded();
        LocalDate today = insightsFixtures.today();
        InsightsReport report = insights.report(insights.scope(null, String.valueOf(listened.talkId()), "7", null, null));

        assertEquals(7, report.days().size());
        assertEquals(new DayCounts(today.minusDays(2), 3, 2, 1), report.days().get(4));
        assertEquals(DayCounts.none(today.minusDays(1)), report.days().get(5));
        assertEquals(4, report.plays());
        assertEquals(0.75, report.completion().getAsDouble(), 1e-9);
        InsightsReport.EpisodeDetail detail = report.episode().orElseThrow();
        assertEquals(List.of(1.0, 1.0, 0.75, 0.75, 0.75, 0.5, 0.5, 0.5, 0.5, 0.5), detail.dropOff().shares(),
                "per minute, the days' listeners over the period's 4 plays");
        assertEquals(List.of("Intro", DailyFiguresFixtures.HOSTILE_CHAPTER),
                detail.chapters().stream().map(chapter -> chapter.title()).toList());
        assertEquals(250_000, detail.chapters().get(1).startMillis());
        assertEquals(List.of(), detail.moments(), "nobody saved a moment of it");
        assertEquals(List.of(), report.refusals(), "the other episode's refusals are not this one's");
        assertEquals(List.of(new Place(PlaceKind.EARMARK, "", 2), new Place(PlaceKind.PORTAL, DailyFiguresFixtures.PORTAL, 1),
                new Place(PlaceKind.MOMENT, "", 1), new Place(PlaceKind.APP, "AntennaPod", 1)), report.places());
        assertEquals(1, report.episodes().size());
    }

    @Test
    void aPeriodWithoutFiguresIsEmptyAndStillHasItsDays() {
        ListenedShow listened = seeded();
        InsightsReport report = insights.report(insights.scope(listened.slug(), null, null, "2020-02-01", "2020-02-29"));
        assertTrue(report.isEmpty());
        assertEquals(29, report.days().size());
        assertTrue(report.episodes().isEmpty() && report.places().isEmpty() && report.refusals().isEmpty());
        assertTrue(report.completion().isEmpty());
    }

    @Test
    void whatCannotBeShownIsSaidWithItsReason() {
        ListenedShow listened = seeded();
        ListenedShow another = insightsFixtures.listenedShow(fixtures.show("Another insights show"));
        assertThrows(ShowNotFoundException.class, () -> insights.scope("no-such-show", null, null, null, null));
        assertEquals("insights.dashboard.error.episodeOfAnotherShow", assertThrows(InvalidParameterException.class,
                () -> insights.scope(listened.slug(), String.valueOf(another.talkId()), null, null, null)).messageKey());
        assertEquals("insights.dashboard.error.episodeId", assertThrows(InvalidParameterException.class,
                () -> insights.scope(listened.slug(), "12abc", null, null, null)).messageKey());
        assertThrows(InsightsEpisodeNotFoundException.class, () -> insights.scope(null, "999999999999", null, null, null));
        assertEquals("insights.dashboard.error.fromAfterTo", assertThrows(InvalidParameterException.class,
                () -> insights.scope(listened.slug(), null, null, "2026-12-02", "2026-12-01")).messageKey());
        assertEquals("insights.dashboard.error.noSubject", assertThrows(InvalidParameterException.class,
                () -> insights.scope(null, null, "7", null, null)).messageKey());
    }

    @Test
    @RunAsClient
    void curatorsDownloadEachChartAsCsvAndListenersMayNot() {
        String slug = "insights-csv-" + UUID.randomUUID().toString().substring(0, 8);
        String[] ids = TestSupport.post(base, "insights/shows/" + slug).split(" ");
        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");

        WebClient.Reply days = editor.get("api/admin/insights/days.csv?show=" + slug + "&period=7");
        assertEquals(200, days.status(), days.body());
        assertTrue(days.contentType().startsWith("text/csv"), days.contentType());
        String disposition = days.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"insights-" + slug + "-days-"), disposition);
        assertEquals("no-store", days.header("Cache-Control"));
        List<List<String>> rows = Rfc4180.read(days.body().substring(1));
        assertEquals(List.of("date", "plays", "listeners", "downloads"), rows.get(0));
        assertEquals(8, rows.size(), "a row per day of the 7");
        assertEquals(List.of("1", "1", "0"), rows.get(7).subList(1, 4), "today's");

        WebClient.Reply dropOff = editor.get("api/admin/insights/drop-off.csv?episode=" + ids[1] + "&period=7");
        assertEquals(200, dropOff.status(), dropOff.body());
        List<List<String>> minutes = Rfc4180.read(dropOff.body().substring(1));
        assertEquals(List.of("4", "0.7500", DailyFiguresFixtures.HOSTILE_CHAPTER), minutes.get(5),
                "minute 4, where the hostile chapter starts (4:10), its title as text");

        assertEquals(400, editor.get("api/admin/insights/drop-off.csv?show=" + slug).status(), "a curve is an episode's");
        WebClient.Reply backwards = editor.get("api/admin/insights/days.csv?show=" + slug + "&from=2026-12-02&to=2026-12-01");
        assertEquals(400, backwards.status());
        assertTrue(backwards.body().contains("after the last"), backwards.body());
        assertEquals(404, editor.get("api/admin/insights/nothing.csv?show=" + slug).status());
        assertEquals(404, editor.get("api/admin/insights/days.csv?show=no-such-show-here").status());

        assertEquals(403, WebClient.signIn(base, "listener", "listener-demo")
                .get("api/admin/insights/days.csv?show=" + slug).status());
    }

    private ListenedShow seeded() {
        ListenedShow listened = insightsFixtures.listenedShow(fixtures.showWithSlug("insights-" + UUID.randomUUID()
                .toString().substring(0, 8)));
        insightsFixtures.strangerShow(fixtures.show("Insights stranger"));
        return listened;
    }
}
