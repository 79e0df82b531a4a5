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
@NamedQuery(name = StoredRevision.FIND_SCHEDULED_AFTER, query = "SELECT DISTINCT e.publishedAt FROM Episode e WHERE "
        + StoredRevision.SCHEDULED_AFTER + " ORDER BY e.publishedAt")
@NamedQuery(name = StoredRevision.COUNT_FALLEN_DUE, query = "SELECT COUNT(DISTINCT e.publishedAt) FROM Episode e WHERE "
        + StoredRevision.SCHEDULED_AFTER + " AND e.publishedAt <= :now")
public class StoredRevision {

    public static final int ID = 1;
    /**
     * The distinct times, after {@code :after}, at which scheduled episodes become visible: each is a change that
     * no save announces.
     */
    public static final String FIND_SCHEDULED_AFTER = "StoredRevision.findScheduledAfter";
    /** How many of those times lie between {@code :after} and {@code :now}. */
    public static final String COUNT_FALLEN_DUE = "StoredRevision.countFallenDue";

    static final String SCHEDULED_AFTER = "e.status = " + Episode.STATUS + "SCHEDULED AND e.publishedAt > :after";

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
