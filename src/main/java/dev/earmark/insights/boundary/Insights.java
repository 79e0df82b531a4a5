package dev.earmark.insights.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.ShowNotFoundException;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.highlights.boundary.Highlights;
import dev.earmark.insights.control.ChapterStart;
import dev.earmark.insights.control.ClientFigures;
import dev.earmark.insights.control.DailySeries;
import dev.earmark.insights.control.DayCounts;
import dev.earmark.insights.control.DayRange;
import dev.earmark.insights.control.DropOff;
import dev.earmark.insights.control.EpisodeFigures;
import dev.earmark.insights.control.InsightsReport;
import dev.earmark.insights.control.InsightsReport.EpisodeDetail;
import dev.earmark.insights.control.Places;
import dev.earmark.insights.control.Refusal;
import dev.earmark.insights.control.ShowFigures;
import dev.earmark.insights.control.TopMoment;
import dev.earmark.insights.entity.AudienceMinute;
import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.DownloadDay;
import dev.earmark.insights.entity.EpisodeDay;
import dev.earmark.insights.entity.InsightsRefusal;
import dev.earmark.insights.entity.ListeningContext;
import dev.earmark.insights.entity.ListeningDay;
import dev.earmark.insights.entity.ShowDay;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The curators' figures of listening, read from the daily tables alone (V24: what the aggregation made of the raw
 * events), never from the raw events: a dashboard costs a fixed number of small grouped queries whatever the traffic
 * was. Nothing is kept in memory, so every server of a cluster answers alike from the shared database; the figures
 * change only as the aggregation writes them.
 */
@ApplicationScoped
@Transactional
public class Insights {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    Highlights highlights;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Today in the display zone, the zone in which the daily figures count their days. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.displayZone()));
    }

    /**
     * What the parameters ask for: a show by slug, or an episode by id (of that show, if one is named too), over the
     * period they give ({@link DayRange#parse}).
     *
     * @throws ShowNotFoundException for a slug of no show
     * @throws InsightsEpisodeNotFoundException for an episode parameter that names no episode
     * @throws InvalidParameterException for an episode of another show, or days that cannot be used
     */
    public InsightsScope scope(String showSlug, String episodeId, String period, String from, String to) {
        DayRange range = DayRange.parse(period, from, to, today());
        Optional<Episode> episode = blank(episodeId) ? Optional.empty() : Optional.of(episode(episodeId.strip()));
        if (blank(showSlug)) {
            return episode.map(found -> new InsightsScope(found.getShow(), episode, range))
                    .orElseThrow(() -> new InvalidParameterException("insights.dashboard.error.noSubject"));
        }
        Show show = catalogue.findShow(showSlug.strip()).orElseThrow(() -> new ShowNotFoundException(showSlug.strip()));
        if (episode.isPresent() && !episode.get().getShow().getId().equals(show.getId())) {
            throw new InvalidParameterException("insights.dashboard.error.episodeOfAnotherShow", episodeId.strip(),
                    show.getTitle());
        }
        return new InsightsScope(show, episode, range);
    }

    /** The figures of a show or episode over its range. */
    public InsightsReport report(InsightsScope scope) {
        long showId = scope.show().getId();
        long episodeId = scope.episode().map(Episode::getId).orElse(0L);
        DayRange range = scope.range();
        List<DayCounts> days = scope.episode().isPresent()
                ? between(em.createNamedQuery(EpisodeDay.FIND_BY_EPISODE, EpisodeDay.class), range)
                        .setParameter("showId", showId).setParameter("episodeId", episodeId).getResultStream()
                        .map(day -> new DayCounts(day.getDay(), day.getPlays(), day.getListeners(), day.getDownloads()))
                        .toList()
                : between(em.createNamedQuery(ShowDay.FIND_BY_SHOW, ShowDay.class), range)
                        .setParameter("showId", showId).getResultStream()
                        .map(day -> new DayCounts(day.getDay(), day.getPlays(), day.getListeners(), day.getDownloads()))
                        .toList();
        List<EpisodeFigures> episodes = rows(EpisodeDay.SUM_BY_EPISODE, showId, episodeId, range).stream()
                .map(row -> new EpisodeFigures((Long) row[0], (String) row[1], (Integer) row[2], number(row[3]),
                        number(row[4]), number(row[5]), number(row[6]), number(row[7])))
                .sorted(Comparator.comparingLong(EpisodeFigures::plays).reversed()
                        .thenComparing(Comparator.comparingLong(EpisodeFigures::downloads).reversed())
                        .thenComparing(EpisodeFigures::title))
                .toList();
        List<Places.Played> played = rows(ListeningDay.SUM_BY_PLACE, showId, episodeId, range).stream()
                .map(row -> new Places.Played((ListeningContext) row[0], (String) row[1], number(row[2]))).toList();
        List<Places.Downloaded> downloaded = rows(DownloadDay.SUM_BY_APP, showId, episodeId, range).stream()
                .map(row -> new Places.Downloaded((String) row[0], number(row[1]))).toList();
        List<ClientFigures> clients = ClientFigures.of(byClass(ListeningDay.SUM_BY_CLIENT_CLASS, showId, episodeId, range),
                byClass(DownloadDay.SUM_BY_CLIENT_CLASS, showId, episodeId, range));
        List<Refusal> refusals = rows(InsightsRefusal.SUM_BY_DAY, showId, episodeId, range).stream()
                .map(row -> new Refusal((LocalDate) row[0], number(row[1]))).toList();
        List<DayCounts> series = DailySeries.of(range, days);
        Optional<EpisodeDetail> detail = scope.episode()
                .map(episode -> detail(episode, range, series.stream().mapToLong(DayCounts::plays).sum()));
        return new InsightsReport(range, series, episodes, Places.of(played, downloaded), clients, detail, refusals);
    }

    /** Every show with figures over the range, most played first. */
    public List<ShowFigures> shows(DayRange range) {
        return between(em.createNamedQuery(ShowDay.SUM_BY_SHOW, Object[].class), range).getResultStream()
                .map(row -> new ShowFigures((String) row[0], (String) row[1], number(row[2]), number(row[3])))
                .sorted(Comparator.comparingLong(ShowFigures::plays).reversed()
                        .thenComparing(Comparator.comparingLong(ShowFigures::downloads).reversed())
                        .thenComparing(ShowFigures::title))
                .toList();
    }

    /** Every show, by title: what a curator chooses from. */
    public List<Show> allShows() {
        return catalogue.shows().stream().map(overview -> overview.show())
                .sorted(Comparator.comparing(Show::getTitle, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private EpisodeDetail detail(Episode episode, DayRange range, long plays) {
        Map<Integer, Long> listeners = between(em.createNamedQuery(AudienceMinute.SUM_BY_MINUTE, Object[].class), range)
                .setParameter("episodeId", episode.getId()).getResultStream()
                .collect(Collectors.toMap(row -> (Integer) row[0], row -> number(row[1])));
        List<ChapterStart> chapters = episode.getChapters().stream()
                .map(chapter -> new ChapterStart(chapter.getStartMillis(), chapter.getTitle())).toList();
        List<TopMoment> moments = highlights.ofEpisode(episode.getId(), true).stream()
                .map(moment -> new TopMoment(moment.getStartMillis(), moment.getEndMillis(), moment.getListeners(),
                        moment.getTitle(), moment.isHidden()))
                .toList();
        return new EpisodeDetail(episode.getDurationSeconds(), DropOff.of(listeners, plays, episode.getDurationSeconds()),
                chapters, moments);
    }

    private Episode episode(String id) {
        if (!id.matches(Routes.ID)) {
            throw new InvalidParameterException("insights.dashboard.error.episodeId", id);
        }
        Episode episode = em.find(Episode.class, Long.parseLong(id));
        if (episode == null) {
            throw new InsightsEpisodeNotFoundException(id);
        }
        return episode;
    }

    private List<Object[]> rows(String query, long showId, long episodeId, DayRange range) {
        return between(em.createNamedQuery(query, Object[].class), range).setParameter("showId", showId)
                .setParameter("episodeId", episodeId).getResultList();
    }

    private Map<ClientClass, Long> byClass(String query, long showId, long episodeId, DayRange range) {
        return rows(query, showId, episodeId, range).stream()
                .collect(Collectors.toMap(row -> (ClientClass) row[0], row -> number(row[1])));
    }

    private static <T> TypedQuery<T> between(TypedQuery<T> query, DayRange range) {
        return query.setParameter("from", range.from()).setParameter("to", range.to());
    }

    /** A sum as the database answers it (Long from JPQL's SUM; other Numbers from a driver that differs). */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
