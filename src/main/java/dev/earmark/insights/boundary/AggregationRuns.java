package dev.earmark.insights.boundary;

import dev.earmark.platform.control.ChangeSignal;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the aggregation, by whichever server holds the lease: it makes again the days that received events since
 * the last complete run began (less {@link #RECORDING_DELAY}: events are recorded in the background, and servers'
 * clocks differ), then deletes the raw events older than the retention, renewing the lease before each day and batch.
 * Every day and batch is a transaction of its own; the run notes how far it got only when it completed, so that a
 * failed or cut-short run is done again by the next. Days before the retention's cut-off are never made again: their
 * raw events are being deleted, and their daily rows are final. The retention runs also while insights are off, so no
 * raw event outlives it.
 */
@ApplicationScoped
public class AggregationRuns {

    /** How much older than the last run's start an event may be and still have been recorded after that run read. */
    static final Duration RECORDING_DELAY = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(AggregationRuns.class.getName());

    @Inject
    AggregationLeases leases;

    @Inject
    ListeningAggregation aggregation;

    @Inject
    RawEventRetention retention;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final ChangeSignal ended = new ChangeSignal();

    /** A run, unless another run holds the lease (empty). */
    public Optional<AggregationRun> run() {
        String claim = UUID.randomUUID().toString();
        if (!claimQuietly(claim)) {
            return Optional.empty();
        }
        long startNanos = System.nanoTime();
        Instant started = clock.instant();
        try {
            LocalDate firstKept = LocalDate.ofInstant(started, settings.displayZone())
                    .minusDays(settings.insightsRetention().toDays());
            // A server whose clock ran ahead may have noted a later time than this one's now: now is as far as it got.
            Instant since = leases.aggregatedThrough().map(through -> through.isAfter(started) ? started : through)
                    .map(through -> through.minus(RECORDING_DELAY)).orElse(Instant.EPOCH);
            List<LocalDate> done = new ArrayList<>();
            for (LocalDate day : aggregation.daysReceivedSince(since).tailSet(firstKept)) {
                if (!leases.renew(claim)) {
                    return Optional.of(cutShort(done, 0, startNanos));
                }
                aggregation.aggregate(day);
                done.add(day);
            }
            long deleted = 0;
            for (IntSupplier batch : List.<IntSupplier>of(() -> retention.deleteListening(firstKept),
                    () -> retention.deleteDownloads(firstKept))) {
                int deletedNow;
                do {
                    if (!leases.renew(claim)) {
                        return Optional.of(cutShort(done, deleted, startNanos));
                    }
                    deletedNow = batch.getAsInt();
                    deleted += deletedNow;
                } while (deletedNow == RawEventRetention.BATCH);
            }
            leases.complete(claim, started);
            return Optional.of(new AggregationRun(done, deleted, startNanos, System.nanoTime(), true));
        } catch (RuntimeException failed) {
            releaseQuietly(claim);
            throw failed;
        } finally {
            ended.changed();
        }
    }

    /** Moves each time a run that held the lease ends on this server: tests wait on it for the lease. */
    public ChangeSignal ended() {
        return ended;
    }

    /** Another server's claim of the row at the same moment may make the database refuse ours: not an error. */
    private boolean claimQuietly(String claim) {
        try {
            return leases.claim(claim);
        } catch (RuntimeException refused) {
            LOG.log(Level.FINE, "Claim of the insights aggregation refused", refused);
            return false;
        }
    }

    private void releaseQuietly(String claim) {
        try {
            leases.release(claim);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The insights aggregation's lease could not be given back; it runs out by itself",
                    failed);
        }
    }

    private static AggregationRun cutShort(List<LocalDate> done, long deleted, long startNanos) {
        LOG.warning("The insights aggregation lost its lease (a run took longer than "
                + AggregationLeases.LEASE + " between two days or batches); the next run goes on");
        return new AggregationRun(done, deleted, startNanos, System.nanoTime(), false);
    }
}
