package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.control.RevisionSnapshot;
import dev.earmark.catalogue.entity.StoredRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Reads and advances the stored revision for {@link CatalogueRevision}, which keeps it in memory. */
@ApplicationScoped
public class RevisionStore {

    @PersistenceContext
    EntityManager em;

    /**
     * The committed revision with the schedule that belongs to it, in a transaction of its own: a caller's
     * uncommitted changes must never reach the snapshot every request reads.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RevisionSnapshot load() {
        List<Object[]> rows = em.createNamedQuery(StoredRevision.FIND_WITH_SCHEDULE, Object[].class).getResultList();
        Object[] first = rows.get(0);
        List<Instant> scheduled = rows.stream()
                .map(row -> (Instant) row[2])
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        return new RevisionSnapshot((Long) first[0], (Instant) first[1], scheduled);
    }

    /**
     * Counts a save at {@code now}, holding the row until the caller's transaction ends, so saves on any node
     * count one after the other. The new revision passes every one listeners may have seen: each scheduled time
     * that fell due since the last save counted one. The database counts them as this transaction leaves them;
     * {@code known}, when it is the revision just locked, counts them as they were before it, in case this
     * transaction unscheduled or deleted some.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(Instant now, RevisionSnapshot known) {
        StoredRevision stored = em.find(StoredRevision.class, StoredRevision.ID, LockModeType.PESSIMISTIC_WRITE);
        long fallenDue = em.createNamedQuery(StoredRevision.COUNT_FALLEN_DUE, Long.class)
                .setParameter("after", stored.getChangedAt())
                .setParameter("now", now)
                .getSingleResult();
        if (known != null && known.revision() == stored.getRevision()) {
            fallenDue = Math.max(fallenDue, known.fallenDue(now));
        }
        stored.advance(fallenDue + 1, now);
    }
}
