package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that lets one server at a time aggregate the raw events (V26): held by a run's claim until a time the
 * run moves on while it works, so a server that died leaves it to run out; and how far the last complete run got.
 */
@Entity
@Table(name = "insights_aggregation")
@NamedQuery(name = AggregationLease.CLAIM, query = "UPDATE AggregationLease a SET a.claimedBy = :claim, "
        + "a.claimedUntil = :until WHERE a.id = :id AND (a.claimedUntil IS NULL OR a.claimedUntil < :now)")
@NamedQuery(name = AggregationLease.RENEW, query = "UPDATE AggregationLease a SET a.claimedUntil = :until "
        + "WHERE a.id = :id AND a.claimedBy = :claim AND a.claimedUntil >= :now")
@NamedQuery(name = AggregationLease.COMPLETE, query = "UPDATE AggregationLease a SET a.aggregatedThrough = :through, "
        + "a.claimedBy = NULL, a.claimedUntil = NULL WHERE a.id = :id AND a.claimedBy = :claim")
@NamedQuery(name = AggregationLease.RELEASE, query = "UPDATE AggregationLease a SET a.claimedBy = NULL, "
        + "a.claimedUntil = NULL WHERE a.id = :id AND a.claimedBy = :claim")
public class AggregationLease extends PersistentEntity {

    /** The id of the one row, which migration V26 inserts. */
    public static final long THE_ROW = 1;
    /** Takes the lease for a run: 1 row updated, or 0 while another run holds it. */
    public static final String CLAIM = "AggregationLease.claim";
    /** Moves the run's lease on: 0 rows when it ran out or another run took it over. */
    public static final String RENEW = "AggregationLease.renew";
    /** Gives the lease back after a complete run, noting when that run started. */
    public static final String COMPLETE = "AggregationLease.complete";
    /** Gives the lease back after a run that did not complete: the next one starts from the same point. */
    public static final String RELEASE = "AggregationLease.release";
    public static final int CLAIM_LENGTH = 36;

    @Column(name = "claimed_by", length = CLAIM_LENGTH)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "aggregated_through")
    private Instant aggregatedThrough;

    protected AggregationLease() {
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    /** When the last complete run started; null before the first. */
    public Instant getAggregatedThrough() {
        return aggregatedThrough;
    }
}
