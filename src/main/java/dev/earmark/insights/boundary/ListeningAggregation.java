package dev.earmark.insights.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.EpisodeAudio;
import dev.earmark.insights.control.DayFigures;
import dev.earmark.insights.control.EpisodeDownloads;
import dev.earmark.insights.control.EpisodeListening;
import dev.earmark.insights.entity.AudienceMinute;
import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.DownloadDay;
import dev.earmark.insights.entity.DownloadEvent;
import dev.earmark.insights.entity.EpisodeDay;
import dev.earmark.insights.entity.ListeningContext;
import dev.earmark.insights.entity.ListeningDay;
import dev.earmark.insights.entity.ListeningEvent;
import dev.earmark.insights.entity.ShowDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Makes a day's daily rows from all its raw events, again each time (so events that arrive late count), in one
 * transaction: the day's rows are deleted and written anew, so readers see the old figures or the new, never a mix,
 * and running it twice gives the same rows. The raw rows are read one episode at a time as plain values, never as
 * entities, ordered so that a page view's (or a client's) rows come together: memory holds one episode's rows of the
 * day at most, which the daily cap per episode bounds ({@code earmark.insights.daily-cap}).
 * <p>
 * Run by {@link AggregationRuns} under the lease, one server at a time: two servers aggregating one day at once would
 * both delete and then both insert, and the second commit would break the daily tables' unique keys.
 */
@ApplicationScoped
@Transactional
public class ListeningAggregation {

    private static final List<String> DAILY_ROWS = List.of(EpisodeDay.DELETE_BY_DAY, ShowDay.DELETE_BY_DAY,
            ListeningDay.DELETE_BY_DAY, DownloadDay.DELETE_BY_DAY, AudienceMinute.DELETE_BY_DAY);

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    /** The day's figures made again from its raw events; what was written. */
    public DayFigures aggregate(LocalDate day) {
        SortedSet<Long> episodeIds = new TreeSet<>(episodeIds(ListeningEvent.FIND_EPISODE_IDS_BY_DAY, day));
        episodeIds.addAll(episodeIds(DownloadEvent.FIND_EPISODE_IDS_BY_DAY, day));
        Map<Long, EpisodeAudio> audio = catalogue.audioOf(episodeIds);
        DayFigures figures = new DayFigures(day);
        for (long episodeId : episodeIds) {
            EpisodeAudio episode = audio.get(episodeId);
            if (episode != null) {
                figures.episode(episodeId, episode.showId(), listening(day, episode), downloads(day, episode));
            }
        }
        DAILY_ROWS.forEach(delete -> em.createNamedQuery(delete).setParameter("day", day).executeUpdate());
        figures.episodeDays().forEach(em::persist);
        figures.showDays().forEach(em::persist);
        figures.listeningDays().forEach(em::persist);
        figures.downloadDays().forEach(em::persist);
        figures.audienceMinutes().forEach(em::persist);
        return figures;
    }

    /** The days of the events (of either kind) received at {@code since} or later. */
    public SortedSet<LocalDate> daysReceivedSince(Instant since) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (String query : List.of(ListeningEvent.FIND_DAYS_RECEIVED_SINCE, DownloadEvent.FIND_DAYS_RECEIVED_SINCE)) {
            days.addAll(em.createNamedQuery(query, LocalDate.class).setParameter("since", since).getResultList());
        }
        return days;
    }

    private List<Long> episodeIds(String query, LocalDate day) {
        return em.createNamedQuery(query, Long.class).setParameter("day", day).getResultList();
    }

    private EpisodeListening listening(LocalDate day, EpisodeAudio episode) {
        EpisodeListening listening = new EpisodeListening(episode.durationSeconds());
        for (Object[] row : rows(ListeningEvent.FIND_RANGES, day, episode.episodeId())) {
            listening.range((String) row[0], (String) row[1], (ListeningContext) row[2], (String) row[3],
                    (ClientClass) row[4], (Integer) row[5], (Integer) row[6]);
        }
        listening.finish();
        return listening;
    }

    private EpisodeDownloads downloads(LocalDate day, EpisodeAudio episode) {
        EpisodeDownloads downloads = new EpisodeDownloads(episode.fileBytes(), episode.durationSeconds());
        for (Object[] row : rows(DownloadEvent.FIND_REQUESTS, day, episode.episodeId())) {
            downloads.request((String) row[0], (String) row[1], (ClientClass) row[2], (Long) row[3], (Long) row[4]);
        }
        downloads.finish();
        return downloads;
    }

    private List<Object[]> rows(String query, LocalDate day, long episodeId) {
        return em.createNamedQuery(query, Object[].class)
                .setParameter("day", day)
                .setParameter("episodeId", episodeId)
                .getResultList();
    }
}
