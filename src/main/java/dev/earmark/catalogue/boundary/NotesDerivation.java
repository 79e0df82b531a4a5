package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.entity.DerivedNotes;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.function.Function;

/**
 * Derives again what an older derivation made of stored notes, a batch per transaction of its own, so that locks are
 * held briefly and a large catalogue is never one giant transaction. Rows are written by bulk updates that leave their
 * version alone.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class NotesDerivation {

    @PersistenceContext
    EntityManager em;

    /** @return the ids of the episodes whose notes an older derivation made */
    public List<Long> outdatedEpisodes() {
        return outdated(Episode.FIND_OUTDATED_NOTES);
    }

    /** @return the ids of the shows whose summary an older derivation made */
    public List<Long> outdatedShows() {
        return outdated(Show.FIND_OUTDATED_SUMMARIES);
    }

    /** @return how many of these episodes got their notes derived again (others were saved or derived meanwhile) */
    public int deriveEpisodes(List<Long> ids) {
        return derive(Episode.FIND_NOTES_TO_DERIVE, ids, description -> {
            DerivedNotes notes = DerivedNotes.of(description);
            return em.createNamedQuery(Episode.STORE_DERIVED_NOTES)
                    .setParameter("html", notes.getHtml())
                    .setParameter("htmlWithoutTimestamps", notes.getHtmlWithoutTimestamps())
                    .setParameter("teaser", notes.getTeaser())
                    .setParameter("summary", notes.getSummary());
        });
    }

    /** @return how many of these shows got their summary derived again */
    public int deriveShows(List<Long> ids) {
        return derive(Show.FIND_DESCRIPTIONS_TO_DERIVE, ids, description ->
                em.createNamedQuery(Show.STORE_DERIVED_SUMMARY).setParameter("summary", DerivedNotes.summaryOf(description)));
    }

    private List<Long> outdated(String query) {
        return em.createNamedQuery(query, Long.class).setParameter("derivation", DerivedNotes.VERSION).getResultList();
    }

    /**
     * Each row (id, version, description) still outdated is stored by the update that {@code storing} makes with its
     * derived text, only if the row is still at the version it was read at: a curator who saved meanwhile has derived it
     * from newer text.
     */
    private int derive(String query, List<Long> ids, Function<String, Query> storing) {
        List<Object[]> rows = em.createNamedQuery(query, Object[].class)
                .setParameter("ids", ids)
                .setParameter("derivation", DerivedNotes.VERSION)
                .getResultList();
        int stored = 0;
        for (Object[] row : rows) {
            stored += storing.apply((String) row[2])
                    .setParameter("id", row[0])
                    .setParameter("version", row[1])
                    .setParameter("derivation", DerivedNotes.VERSION)
                    .executeUpdate();
        }
        return stored;
    }
}
