package dev.earmark.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which server runs a job now, until when (V27). Keyed by the job's name rather than by a generated id, so that the
 * database's primary key lets only one of several servers make a job's first row; changed only by the guarded updates
 * below, never by loading and saving, so it needs no version.
 */
@Entity
@Table(name = "job_lease")
@NamedQuery(name = JobLease.EXTEND, query = "UPDATE JobLease l SET l.leaseUntil = :until "
        + "WHERE l.name = :name AND l.holder = :holder")
@NamedQuery(name = JobLease.TAKE_OVER, query = "UPDATE JobLease l SET l.holder = :holder, l.leaseUntil = :until, "
        + "l.takenAt = :now WHERE l.name = :name AND (l.leaseUntil IS NULL OR l.leaseUntil <= :now)")
@NamedQuery(name = JobLease.GIVE_BACK, query = "UPDATE JobLease l SET l.leaseUntil = NULL "
        + "WHERE l.name = :name AND l.holder = :holder")
@NamedQuery(name = JobLease.FIND_ALL, query = "SELECT l FROM JobLease l ORDER BY l.name")
public class JobLease {

    /** Moves the holder's lease on (whether or not it ran out: nobody else took it meanwhile): 1 row, else 0. */
    public static final String EXTEND = "JobLease.extend";
    /** Takes a lease that ran out or was given back: 1 row, or 0 while another server holds it. */
    public static final String TAKE_OVER = "JobLease.takeOver";
    /** Ends the holder's lease now, keeping its name as the last holder (the time null: free to take at any time). */
    public static final String GIVE_BACK = "JobLease.giveBack";
    public static final String FIND_ALL = "JobLease.findAll";

    public static final int NAME_MAX = 100;
    public static final int HOLDER_MAX = 200;

    @Id
    @Column(name = "name", length = NAME_MAX, nullable = false, updatable = false)
    private String name;

    @Column(name = "holder", length = HOLDER_MAX, nullable = false)
    private String holder;

    /** Null once given back. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected JobLease() {
    }

    public JobLease(String name, String holder, Instant takenAt, Instant leaseUntil) {
        this.name = name;
        this.holder = holder;
        this.takenAt = takenAt;
        this.leaseUntil = leaseUntil;
    }

    public String getName() {
        return name;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
