package dev.earmark.insights.boundary;

import dev.earmark.insights.entity.DownloadEvent;
import dev.earmark.insights.entity.ListeningEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Deletes raw events (listening and downloads) of the days before a cut-off, a batch per transaction, so that deleting
 * a month of a busy site's events never holds one long transaction or its locks. The daily rows stay, and so do the
 * refusals (insights_refusal): they say that a day's daily figures are incomplete, which stays true, and name no
 * client.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RawEventRetention {

    /** Rows per transaction; PostgreSQL binds at most 32,767 parameters to one statement. */
    static final int BATCH = 5_000;

    @PersistenceContext
    EntityManager em;

    /** Deletes one batch of listening events of days before {@code firstKept}; how many. */
    public int deleteListening(LocalDate firstKept) {
        return delete(ListeningEvent.FIND_IDS_BEFORE, ListeningEvent.DELETE_BY_IDS, firstKept);
    }

    /** Deletes one batch of download events of days before {@code firstKept}; how many. */
    public int deleteDownloads(LocalDate firstKept) {
        return delete(DownloadEvent.FIND_IDS_BEFORE, DownloadEvent.DELETE_BY_IDS, firstKept);
    }

    private int delete(String findIds, String deleteByIds, LocalDate firstKept) {
        List<Long> ids = em.createNamedQuery(findIds, Long.class).setParameter("day", firstKept).setMaxResults(BATCH)
                .getResultList();
        return ids.isEmpty() ? 0 : em.createNamedQuery(deleteByIds).setParameter("ids", ids).executeUpdate();
    }
}
