package dev.earmark.insights.control;

import dev.earmark.insights.entity.AudienceMinute;
import dev.earmark.insights.entity.DownloadDay;
import dev.earmark.insights.entity.EpisodeDay;
import dev.earmark.insights.entity.ListeningDay;
import dev.earmark.insights.entity.ShowDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily rows of one day (V24's episode_day, show_day, listening_day, download_day, audience_minute), made from its
 * episodes' listening and downloads one episode after another. An episode's listeners are the distinct clients that
 * played it or downloaded it (a download that counted); a show's are distinct across its episodes, not their sum. An
 * episode with neither a play nor a download has no rows, and a minute nobody heard no audience row (zero).
 */
public final class DayFigures {

    private final LocalDate day;
    private final List<EpisodeDay> episodeDays = new ArrayList<>();
    private final List<ListeningDay> listeningDays = new ArrayList<>();
    private final List<DownloadDay> downloadDays = new ArrayList<>();
    private final List<AudienceMinute> audienceMinutes = new ArrayList<>();
    private final Map<Long, ShowTotals> shows = new LinkedHashMap<>();

    public DayFigures(LocalDate day) {
        this.day = day;
    }

    /** Adds an episode's figures; both must be finished. */
    public void episode(long episodeId, long showId, EpisodeListening listening, EpisodeDownloads downloads) {
        if (listening.plays() == 0 && downloads.downloads() == 0) {
            return;
        }
        Set<String> listeners = new HashSet<>(listening.clients());
        listeners.addAll(downloads.clients());
        episodeDays.add(new EpisodeDay(day, showId, episodeId, listening.plays(), listeners.size(),
                listening.listenedSeconds(), listening.heardSeconds(), downloads.downloads()));
        listening.byAudience().forEach((audience, figures) -> listeningDays.add(new ListeningDay(day, showId, episodeId,
                audience.context(), audience.origin(), audience.clientClass(), figures.plays(),
                figures.listenedSeconds(), figures.heardSeconds())));
        downloads.bySource().forEach((source, count) -> downloadDays.add(new DownloadDay(day, showId, episodeId,
                source.app(), source.clientClass(), count)));
        int[] audience = listening.audienceByMinute();
        for (int minute = 0; minute < audience.length; minute++) {
            if (audience[minute] > 0) {
                audienceMinutes.add(new AudienceMinute(day, episodeId, minute, audience[minute]));
            }
        }
        shows.computeIfAbsent(showId, id -> new ShowTotals()).add(listening.plays(), downloads.downloads(), listeners);
    }

    public LocalDate day() {
        return day;
    }

    public List<EpisodeDay> episodeDays() {
        return List.copyOf(episodeDays);
    }

    public List<ShowDay> showDays() {
        return shows.entrySet().stream()
                .map(show -> new ShowDay(day, show.getKey(), show.getValue().plays, show.getValue().listeners.size(),
                        show.getValue().downloads))
                .toList();
    }

    public List<ListeningDay> listeningDays() {
        return List.copyOf(listeningDays);
    }

    public List<DownloadDay> downloadDays() {
        return List.copyOf(downloadDays);
    }

    public List<AudienceMinute> audienceMinutes() {
        return List.copyOf(audienceMinutes);
    }

    private static final class ShowTotals {

        private final Set<String> listeners = new HashSet<>();
        private int plays;
        private int downloads;

        void add(int episodePlays, int episodeDownloads, Set<String> episodeListeners) {
            plays += episodePlays;
            downloads += episodeDownloads;
            listeners.addAll(episodeListeners);
        }
    }
}
