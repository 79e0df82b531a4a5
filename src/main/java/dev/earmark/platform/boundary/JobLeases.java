package dev.earmark.platform.boundary;

import dev.earmark.platform.control.ServerNode;
import dev.earmark.platform.entity.JobLease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets one server of several sharing a database run a job at a time (V27's {@code job_lease}): a server takes a job's
 * lease for a while, by one guarded statement that the database lets only one server win, moves it on while it works
 * and gives it back at the end; a server that died mid-job holds it up only until its lease runs out, then another
 * takes it. For work that is global by nature (the demo content, the insights aggregation); work made of rows is
 * better claimed row by row, as transcription jobs, syncs and feed refreshes are. Times by the injected clock, so
 * every server should keep its clock right (NTP): one running ahead takes leases over early.
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    @Inject
    JobLeaseRows rows;

    @Inject
    ServerNode node;

    @Inject
    Clock clock;

    /** The name this server holds leases under. */
    public String node() {
        return node.name();
    }

    /** Whether this server holds the job's lease now, for {@code duration}: it was free, ran out or was ours. */
    public boolean tryTake(String name, Duration duration) {
        return tryTake(name, duration, node.name());
    }

    /** As {@link #tryTake(String, Duration)}, under another holder's name (a run of its own, a test's "server"). */
    public boolean tryTake(String name, Duration duration, String holder) {
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        try {
            if (rows.take(name, holder, now, until)) {
                return true;
            }
            if (rows.exists(name)) {
                return false;
            }
            rows.create(name, holder, now, until);
            return true;
        } catch (RuntimeException refused) {
            // Another server's statement on the same row at the same moment: the database let that one win.
            LOG.log(Level.FINE, refused, () -> "Lease " + name + " not taken by " + holder);
            return false;
        }
    }

    /** Gives the job's lease back at once, if this server holds it. */
    public void release(String name) {
        release(name, node.name());
    }

    public void release(String name, String holder) {
        rows.giveBack(name, holder);
    }

    /**
     * Runs {@code job} here if this server takes its lease, and gives the lease back after; empty when another server
     * holds it. The job should check again, inside, whether it is still to be done: another server may have done it
     * just before this one took the lease.
     */
    public <T> Optional<T> runOnce(String name, Duration duration, Supplier<T> job) {
        return runOnce(name, duration, node.name(), job);
    }

    public <T> Optional<T> runOnce(String name, Duration duration, String holder, Supplier<T> job) {
        if (!tryTake(name, duration, holder)) {
            return Optional.empty();
        }
        try {
            return Optional.of(job.get());
        } finally {
            try {
                release(name, holder);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, failed, () -> "Lease " + name + " could not be given back; it runs out by itself");
            }
        }
    }

    /** Every job's lease, for operators and the health answer: who holds each now or held it last. */
    public List<JobLeaseHolder> holders() {
        Instant now = clock.instant();
        return rows.all().stream().map(lease -> new JobLeaseHolder(lease.getName(), lease.getHolder(),
                lease.getTakenAt(), lease.getLeaseUntil(),
                lease.getLeaseUntil() != null && lease.getLeaseUntil().isAfter(now))).toList();
    }
}
