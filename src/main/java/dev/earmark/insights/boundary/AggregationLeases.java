package dev.earmark.insights.boundary;

import dev.earmark.insights.entity.AggregationLease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The aggregation's lease (V26's one row), each change a guarded update in a transaction of its own, as the followed
 * feeds' claims are: the database lets exactly one of several servers claim it, and a claim that is not renewed runs
 * out, so a server that died mid-run holds up the others for {@link #LEASE} at most.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AggregationLeases {

    /** How long a claim holds unless renewed: a day's aggregation takes seconds, a million events under a minute. */
    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether the run now holds the lease; false while another run holds it. */
    public boolean claim(String claim) {
        return update(AggregationLease.CLAIM, claim) == 1;
    }

    /** Whether the run still holds the lease, for {@link #LEASE} more; false when it ran out or was taken over. */
    public boolean renew(String claim) {
        return update(AggregationLease.RENEW, claim) == 1;
    }

    /** Gives the lease back after a complete run that started at {@code started}. */
    public void complete(String claim, Instant started) {
        em.createNamedQuery(AggregationLease.COMPLETE).setParameter("id", AggregationLease.THE_ROW)
                .setParameter("claim", claim).setParameter("through", started).executeUpdate();
    }

    /** Gives the lease back after a run that failed: the next starts where this one did. */
    public void release(String claim) {
        em.createNamedQuery(AggregationLease.RELEASE).setParameter("id", AggregationLease.THE_ROW)
                .setParameter("claim", claim).executeUpdate();
    }

    /** When the last complete run started; empty before the first. */
    public Optional<Instant> aggregatedThrough() {
        return Optional.ofNullable(em.find(AggregationLease.class, AggregationLease.THE_ROW))
                .map(AggregationLease::getAggregatedThrough);
    }

    private int update(String query, String claim) {
        Instant now = clock.instant();
        return em.createNamedQuery(query).setParameter("id", AggregationLease.THE_ROW).setParameter("claim", claim)
                .setParameter("now", now).setParameter("until", now.plus(LEASE)).executeUpdate();
    }
}
