package dev.earmark.insights.boundary;

import dev.earmark.insights.entity.AggregationProgress;
import dev.earmark.platform.boundary.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The aggregation's lease, the job lease {@value #JOB} ({@link JobLeases}) under a name per run (this server's and the
 * run's claim), so that two runs never overlap, on one server or several; and how far the last complete run got.
 * A claim that is not renewed runs out, so a server that died mid-run holds up the others for {@link #LEASE} at most.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AggregationLeases {

    /** The job's name in {@code job_lease}. */
    public static final String JOB = "insights-aggregation";

    /** How long a claim holds unless renewed: a day's aggregation takes seconds, a million events under a minute. */
    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLeases leases;

    /** Whether the run now holds the lease; false while another run holds it. */
    public boolean claim(String claim) {
        return leases.tryTake(JOB, LEASE, holder(claim));
    }

    /** Whether the run still holds the lease, for {@link #LEASE} more; false when another run took it over. */
    public boolean renew(String claim) {
        return leases.tryTake(JOB, LEASE, holder(claim));
    }

    /**
     * Notes a complete run that started at {@code started} and gives the lease back. Noted even if the lease was lost
     * at the very end: the run aggregated every day due when it started, so the note is true. The lease is given back
     * before the note commits: a run that starts in between reads the earlier note and only does more than it needs.
     */
    public void complete(String claim, Instant started) {
        em.createNamedQuery(AggregationProgress.COMPLETE).setParameter("id", AggregationProgress.THE_ROW)
                .setParameter("through", started).executeUpdate();
        leases.release(JOB, holder(claim));
    }

    /** Gives the lease back after a run that failed: the next starts where this one did. */
    public void release(String claim) {
        leases.release(JOB, holder(claim));
    }

    /** When the last complete run started; empty before the first. */
    public Optional<Instant> aggregatedThrough() {
        return Optional.ofNullable(em.find(AggregationProgress.class, AggregationProgress.THE_ROW))
                .map(AggregationProgress::getAggregatedThrough);
    }

    private String holder(String claim) {
        return leases.node() + " " + claim;
    }
}
