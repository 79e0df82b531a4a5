package dev.earmark.insights.control;

import static dev.earmark.insights.entity.ClientClass.DESKTOP;
import static dev.earmark.insights.entity.ClientClass.MOBILE;
import static dev.earmark.insights.entity.ListeningContext.EARMARK;
import static dev.earmark.insights.entity.ListeningContext.MOMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.insights.entity.AudienceMinute;
import dev.earmark.insights.entity.DownloadDay;
import dev.earmark.insights.entity.EpisodeDay;
import dev.earmark.insights.entity.ListeningDay;
import dev.earmark.insights.entity.ShowDay;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DayFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private final DayFigures figures = new DayFigures(DAY);

    @Test
    void listenersAreDistinctClientsOfPlaysAndDownloadsPerEpisodeAndPerShow() {
        EpisodeListening first = listening();
        first.range("view-1", "anna", EARMARK, "", DESKTOP, 0, 90);
        first.range("view-2", "ben", MOMENT, "", MOBILE, 30, 40);
        first.finish();
        EpisodeDownloads firstDownloads = downloads();
        firstDownloads.request("anna", "Overcast", MOBILE, 0, 1_000_000);
        firstDownloads.request("carl", "", DESKTOP, 0, 1_000_000);
        firstDownloads.finish();
        EpisodeListening second = listening();
        second.range("view-3", "anna", EARMARK, "", DESKTOP, 0, 10);
        second.finish();
        figures.episode(11, 7, first, firstDownloads);
        figures.episode(12, 7, second, downloads());

        EpisodeDay firstDay = figures.episodeDays().get(0);
        assertEquals(List.of(11L, 12L), figures.episodeDays().stream().map(EpisodeDay::getEpisodeId).toList());
        assertEquals(2, firstDay.getPlays());
        assertEquals(3, firstDay.getListeners());
        assertEquals(100, firstDay.getListenedSeconds());
        assertEquals(100, firstDay.getHeardSeconds());
        assertEquals(2, firstDay.getDownloads());
        ShowDay show = figures.showDays().get(0);
        assertEquals(1, figures.showDays().size());
        assertEquals(3, show.getPlays());
        assertEquals(3, show.getListeners());
        assertEquals(2, show.getDownloads());
        assertEquals(List.of(1, 1, 1), figures.listeningDays().stream().map(ListeningDay::getPlays).toList());
        assertEquals(List.of("", "Overcast"), figures.downloadDays().stream().map(DownloadDay::getApp).sorted().toList());
    }

    @Test
    void theDropOffCurveHasARowPerMinuteSomebodyHeard() {
        EpisodeListening listening = listening();
        listening.range("view-1", "anna", EARMARK, "", DESKTOP, 0, 130);
        listening.range("view-2", "ben", EARMARK, "", DESKTOP, 0, 50);
        listening.range("view-2", "ben", EARMARK, "", DESKTOP, 250, 260);
        listening.finish();
        figures.episode(11, 7, listening, downloads());

        List<AudienceMinute> minutes = figures.audienceMinutes().stream()
                .sorted(Comparator.comparingInt(AudienceMinute::getMinute)).toList();
        assertEquals(List.of(0, 1, 2, 4), minutes.stream().map(AudienceMinute::getMinute).toList());
        assertEquals(List.of(2, 1, 1, 1), minutes.stream().map(AudienceMinute::getListeners).toList());
    }

    @Test
    void anEpisodeWithNothingCountedHasNoRows() {
        EpisodeDownloads tooLittle = downloads();
        tooLittle.request("anna", "", MOBILE, 0, 10);
        tooLittle.finish();
        figures.episode(11, 7, listening(), tooLittle);

        assertEquals(List.of(), figures.episodeDays());
        assertEquals(List.of(), figures.showDays());
    }

    private static EpisodeListening listening() {
        return new EpisodeListening(OptionalInt.of(600));
    }

    /** Ten minutes of 6,000,000 bytes: a minute is 600,000 bytes. */
    private static EpisodeDownloads downloads() {
        return new EpisodeDownloads(OptionalLong.of(6_000_000), OptionalInt.of(600));
    }
}
