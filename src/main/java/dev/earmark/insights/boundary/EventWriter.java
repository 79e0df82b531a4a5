package dev.earmark.insights.boundary;

import dev.earmark.insights.control.DailyTallies.Key;
import dev.earmark.insights.entity.DownloadEvent;
import dev.earmark.insights.entity.InsightsRefusal;
import dev.earmark.insights.entity.ListeningEvent;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorder's transactions. Dependent on the recorder, so that it is still there when the recorder writes what is
 * queued as the application stops.
 */
@Dependent
public class EventWriter {

    @PersistenceContext
    EntityManager em;

    /** What a batch did to an episode's day: the events the database holds now, and how many the cap refused. */
    public record Written(long stored, int refused) {
    }

    /**
     * Writes a batch in one transaction, each episode's day only up to the cap, as the database counts its events in
     * this transaction (so another server's writes count too; two servers writing the same day at the same moment may
     * together pass the cap by one batch each).
     */
    @Transactional
    public Map<Key, Written> write(Map<Key, List<PersistentEntity>> batch, long cap) {
        Map<Key, Written> written = new HashMap<>();
        batch.forEach((key, events) -> {
            long stored = stored(key);
            int room = (int) Math.max(0, Math.min(events.size(), cap - stored));
            events.subList(0, room).forEach(em::persist);
            written.put(key, new Written(stored + room, events.size() - room));
        });
        return written;
    }

    /** @return false when the day has no row of refusals yet */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean addRefused(Key key, long refused) {
        return em.createNamedQuery(InsightsRefusal.ADD)
                .setParameter("refused", refused)
                .setParameter("day", key.day())
                .setParameter("episode", key.episodeId())
                .executeUpdate() > 0;
    }

    /**
     * @throws jakarta.persistence.PersistenceException a unique violation ({@code DatabaseErrors}) when another
     *                                                  server made the day's row first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createRefused(Key key, long refused) {
        em.persist(new InsightsRefusal(key.day(), key.episodeId(), refused));
        em.flush();
    }

    private long stored(Key key) {
        return count(ListeningEvent.COUNT_BY_DAY, key) + count(DownloadEvent.COUNT_BY_DAY, key);
    }

    private long count(String query, Key key) {
        return em.createNamedQuery(query, Long.class)
                .setParameter("day", key.day())
                .setParameter("episode", key.episodeId())
                .getSingleResult();
    }
}
