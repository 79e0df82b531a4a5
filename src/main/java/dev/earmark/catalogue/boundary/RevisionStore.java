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

/** Reads and advances the stored revision for {@link CatalogueRevision}, which keeps it in memory. */
@ApplicationScoped
public class RevisionStore {

    @PersistenceContext
    EntityManager em;

    /**
     * The committed revision with the schedule that belongs to it, in a transaction of its own: a caller's
     * uncommitted changes must never reach the snapshot every request reads. Should a save commit between the
     * two reads, they are repeated, so the schedule always belongs to the revision it comes with.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RevisionSnapshot load() {
        StoredRevision stored = em.find(StoredRevision.class, StoredRevision.ID);
        while (true) {
            long revision = stored.getRevision();
            Instant changedAt = stored.getChangedAt();
            List<Instant> scheduled = em.createNamedQuery(StoredRevision.FIND_SCHEDULED_AFTER, Instant.class)
                    .setParameter("after", changedAt)
                    .getResultList();
            em.refresh(stored);
            if (stored.getRevision() == revision) {
                return new RevisionSnapshot(revision, changedAt, scheduled);
            }
        }
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
