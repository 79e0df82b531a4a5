package dev.earmark.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that counts the saves listeners could see and says when the last was. It has no version column:
 * it is only ever changed under a pessimistic lock, so concurrent saves queue for it rather than fail each
 * other with an optimistic conflict about something neither curator touched.
 */
@Entity
@Table(name = "catalogue_revision")
@NamedQuery(name = StoredRevision.FIND_WITH_SCHEDULE, query = "SELECT r.revision, r.changedAt, e.publishedAt "
        + "FROM StoredRevision r LEFT JOIN Episode e ON e.status = " + Episode.STATUS + "SCHEDULED "
        + "AND e.publishedAt > r.changedAt WHERE r.id = " + StoredRevision.ID)
@NamedQuery(name = StoredRevision.COUNT_FALLEN_DUE, query = "SELECT COUNT(DISTINCT e.publishedAt) FROM Episode e WHERE "
        + "e.status = " + Episode.STATUS + "SCHEDULED AND e.publishedAt > :after AND e.publishedAt <= :now")
public class StoredRevision {

    public static final int ID = 1;
    /**
     * The revision, when it was saved, and the times after that at which scheduled episodes become visible (each a
     * change no save announces): one row per such episode, or one with no time. One statement, so that the times
     * always belong to the revision they come with, whatever commits meanwhile.
     */
    public static final String FIND_WITH_SCHEDULE = "StoredRevision.findWithSchedule";
    /** How many distinct times at which scheduled episodes become visible lie after {@code :after}, up to {@code :now}. */
    public static final String COUNT_FALLEN_DUE = "StoredRevision.countFallenDue";

    @Id
    private int id;

    @Column(nullable = false)
    private long revision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StoredRevision() {
    }

    /** Counts {@code steps} changes, the last of them at {@code at}. */
    public void advance(long steps, Instant at) {
        revision += steps;
        changedAt = at;
    }

    public long getRevision() {
        return revision;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
