package dev.earmark.testing.server;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.insights.boundary.Insights;
import dev.earmark.insights.entity.AudienceMinute;
import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.DownloadDay;
import dev.earmark.insights.entity.EpisodeDay;
import dev.earmark.insights.entity.InsightsRefusal;
import dev.earmark.insights.entity.ListeningContext;
import dev.earmark.insights.entity.ListeningDay;
import dev.earmark.insights.entity.ShowDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Daily figures of listening as the aggregation writes them (V24's daily tables), for a show of the test's own, so
 * that the dashboard's tests know every number; days count back from the server's today in the display zone.
 * <p>
 * The show (see {@link #listenedShow}): "Chaptered talk" (10 minutes, chapters "Intro" at 0:00 and a hostile title at
 * 4:10) and "Unknown length" (no duration), over the days today − 2, today − 1 and today:
 * <pre>
 * episode_day   talk  today-2: 3 plays, 2 listeners, 1500 s listened, 1200 s heard, 1 download
 *               talk  today:   1 play,  1 listener,   600 s listened,  600 s heard
 *               other today-1: 2 plays, 2 listeners,  300 s listened,  300 s heard, 2 downloads
 * show_day      today-2: 3 plays, 2 listeners, 1 download; today-1: 2, 2, 2; today: 1, 1, 0
 * listening_day talk today-2 EARMARK DESKTOP 2, talk today-2 EMBED https://portal.example MOBILE 1,
 *               talk today MOMENT DESKTOP 1, other today-1 EMBED (no origin) TABLET 2
 * download_day  talk today-2 AntennaPod MOBILE 1, other today-1 (no app) DESKTOP 2
 * audience      talk today-2 minutes 0-9: 3 3 2 2 2 1 1 1 1 1; today: 1 each
 * refusal       other today-1: 42
 * </pre>
 * A second show's rows on the same days must never count.
 */
@ApplicationScoped
@Transactional
public class DailyFiguresFixtures {

    public static final String HOSTILE_CHAPTER = "Guest </svg><script>window.earmarkXss = 'chapter'</script>";
    public static final String PORTAL = "https://portal.example";

    /** The ids of what {@link #listenedShow} made. */
    public record ListenedShow(long showId, String slug, long talkId, long otherId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    Insights insights;

    /** The server's today in the display zone, as the dashboard counts days. */
    public LocalDate today() {
        return insights.today();
    }

    public ListenedShow listenedShow(Show show) {
        Episode talk = fixtures.episode(show, "Chaptered talk", EpisodeStatus.PUBLISHED, Instant.parse("2026-01-05T10:00:00Z"),
                new Chapter(0, "Intro", null), new Chapter(250_000, HOSTILE_CHAPTER, null));
        talk.setDurationSeconds(600);
        talk = fixtures.save(talk);
        Episode other = fixtures.episode(show, "Unknown length", EpisodeStatus.ARCHIVED,
                Instant.parse("2026-01-06T10:00:00Z"));
        other.setDurationSeconds(null);
        other = fixtures.save(other);
        LocalDate today = today();
        long s = show.getId();
        long t = talk.getId();
        long o = other.getId();
        em.persist(new EpisodeDay(today.minusDays(2), s, t, 3, 2, 1500, 1200, 1));
        em.persist(new EpisodeDay(today, s, t, 1, 1, 600, 600, 0));
        em.persist(new EpisodeDay(today.minusDays(1), s, o, 2, 2, 300, 300, 2));
        em.persist(new ShowDay(today.minusDays(2), s, 3, 2, 1));
        em.persist(new ShowDay(today.minusDays(1), s, 2, 2, 2));
        em.persist(new ShowDay(today, s, 1, 1, 0));
        em.persist(new ListeningDay(today.minusDays(2), s, t, ListeningContext.EARMARK, "", ClientClass.DESKTOP, 2, 1000, 800));
        em.persist(new ListeningDay(today.minusDays(2), s, t, ListeningContext.EMBED, PORTAL, ClientClass.MOBILE, 1, 500, 400));
        em.persist(new ListeningDay(today, s, t, ListeningContext.MOMENT, "", ClientClass.DESKTOP, 1, 600, 600));
        em.persist(new ListeningDay(today.minusDays(1), s, o, ListeningContext.EMBED, "", ClientClass.TABLET, 2, 300, 300));
        em.persist(new DownloadDay(today.minusDays(2), s, t, "AntennaPod", ClientClass.MOBILE, 1));
        em.persist(new DownloadDay(today.minusDays(1), s, o, "", ClientClass.DESKTOP, 2));
        int[] heard = {3, 3, 2, 2, 2, 1, 1, 1, 1, 1};
        for (int minute = 0; minute < heard.length; minute++) {
            em.persist(new AudienceMinute(today.minusDays(2), t, minute, heard[minute]));
            em.persist(new AudienceMinute(today, t, minute, 1));
        }
        em.persist(new InsightsRefusal(today.minusDays(1), o, 42));
        return new ListenedShow(s, show.getSlug(), t, o);
    }

    /** "showId talkId otherId" of a show {@link #listenedShow} made. */
    public String idsOf(Show show) {
        Map<String, Long> ids = em.createQuery("SELECT e.title, e.id FROM Episode e WHERE e.show.id = :showId",
                        Object[].class).setParameter("showId", show.getId()).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return show.getId() + " " + ids.get("Chaptered talk") + " " + ids.get("Unknown length");
    }

    /** A show whose figures fall on the same days as another's and must never be counted with them. */
    public void strangerShow(Show show) {
        Episode stranger = fixtures.episode(show, "Stranger", EpisodeStatus.PUBLISHED, Instant.parse("2026-01-05T10:00:00Z"));
        LocalDate today = today();
        em.persist(new EpisodeDay(today, show.getId(), stranger.getId(), 100, 100, 60_000, 60_000, 100));
        em.persist(new ShowDay(today, show.getId(), 100, 100, 100));
        em.persist(new ListeningDay(today, show.getId(), stranger.getId(), ListeningContext.EARMARK, "", ClientClass.DESKTOP,
                100, 60_000, 60_000));
        em.persist(new DownloadDay(today, show.getId(), stranger.getId(), "AntennaPod", ClientClass.MOBILE, 100));
        em.persist(new AudienceMinute(today, stranger.getId(), 0, 100));
        em.persist(new InsightsRefusal(today, stranger.getId(), 7));
    }
}
