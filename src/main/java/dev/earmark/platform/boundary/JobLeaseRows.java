package dev.earmark.platform.boundary;

import dev.earmark.platform.entity.JobLease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The statements of {@link JobLeases}, each in a transaction of its own: a lease is taken or given back when its
 * statement commits, whatever the caller's transaction does after; and a first row that another server made at the
 * same moment fails only its own transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobLeaseRows {

    @PersistenceContext
    EntityManager em;

    /** Whether {@code holder} holds the lease now: it held it already, or it ran out and is taken over. */
    public boolean take(String name, String holder, Instant now, Instant until) {
        return em.createNamedQuery(JobLease.EXTEND).setParameter("name", name).setParameter("holder", holder)
                .setParameter("until", until).executeUpdate() == 1
                || em.createNamedQuery(JobLease.TAKE_OVER).setParameter("name", name).setParameter("holder", holder)
                        .setParameter("now", now).setParameter("until", until).executeUpdate() == 1;
    }

    /** The job's first row, held by {@code holder}; fails when another server made it first. */
    public void create(String name, String holder, Instant now, Instant until) {
        em.persist(new JobLease(name, holder, now, until));
        em.flush();
    }

    public boolean exists(String name) {
        return em.find(JobLease.class, name) != null;
    }

    public void giveBack(String name, String holder) {
        em.createNamedQuery(JobLease.GIVE_BACK).setParameter("name", name).setParameter("holder", holder)
                .executeUpdate();
    }

    public List<JobLease> all() {
        return em.createNamedQuery(JobLease.FIND_ALL, JobLease.class).getResultList();
    }
}
