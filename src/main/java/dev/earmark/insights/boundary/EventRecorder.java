package dev.earmark.insights.boundary;

import dev.earmark.insights.control.DailyTallies;
import dev.earmark.insights.control.DailyTallies.Key;
import dev.earmark.insights.entity.DownloadEvent;
import dev.earmark.insights.entity.ListeningEvent;
import dev.earmark.platform.control.ChangeSignal;
import dev.earmark.platform.control.DatabaseErrors;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Where listening and download events go: recorded in the background, off the request's thread, within the cap per
 * episode and day (earmark.insights.daily-cap; what is over it is refused and counted in {@code InsightsRefusal}).
 * <p>
 * A request only puts its events into a bounded queue ({@value #QUEUE_CAPACITY} events; a full queue drops them,
 * counted and logged at most once a minute) and returns. The container's managed scheduled executor writes the queue
 * every {@link #PERIOD}, and at once when a batch's worth waits, in batches of {@value #BATCH} events, one transaction
 * each; one writing at a time per server. A batch the database refuses (an episode deleted meanwhile) is written again
 * episode by episode, so that only that episode's events are lost. Undeploying writes what is queued first.
 * <p>
 * The cap: the database's count of an episode's stored events of the day (listening ranges and downloads) decides
 * every write, in the batch's transaction, so that servers sharing the database keep it together; each server also
 * remembers the last count plus what it wrote since ({@link DailyTallies}), to refuse the events of a day it knows to
 * be full without queueing them. Refusals are added to the day's row of {@code insights_refusal} after each writing.
 */
@ApplicationScoped
public class EventRecorder {

    private static final Logger LOG = Logger.getLogger(EventRecorder.class.getName());
    static final int QUEUE_CAPACITY = 20_000;
    static final int BATCH = 500;
    static final Duration PERIOD = Duration.ofSeconds(2);
    private static final Duration DROPS_LOGGED_EVERY = Duration.ofMinutes(1);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    EventWriter writer;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final DailyTallies tallies = new DailyTallies();
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean writingAsked = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    /** Moves each time a writing of the queue ends here. */
    private final ChangeSignal writings = new ChangeSignal();
    private long dropsLoggedAt = System.nanoTime() - DROPS_LOGGED_EVERY.toNanos();
    private ScheduledFuture<?> ticking;

    /** An event waiting to be written, with the episode's day it counts for. */
    private record Queued(Key key, PersistentEntity event) {
    }

    void atDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing the start makes the bean, and making it schedules the writing.
    }

    @PostConstruct
    void scheduleWriting() {
        ticking = scheduler.scheduleWithFixedDelay(this::writeQueued, PERIOD.toMillis(), PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A redeployment loses nothing that was queued: the last writing waits for one running and writes the rest. */
    @PreDestroy
    void writeTheRest() {
        ticking.cancel(false);
        writing.lock();
        try {
            write();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not write the " + queue.size() + " queued events at undeployment", failed);
        } finally {
            writing.unlock();
        }
    }

    /** One report's ranges, all of one episode and one page view. */
    public void recordListening(List<ListeningEvent> ranges) {
        if (!ranges.isEmpty()) {
            ListeningEvent first = ranges.get(0);
            enqueue(new Key(first.getDay(), first.getEpisodeId()), ranges);
        }
    }

    public void recordDownload(DownloadEvent download) {
        enqueue(new Key(download.getDay(), download.getEpisodeId()), List.of(download));
    }

    /** Moves each time a writing of the queue ends on this server: tests wait on it. */
    public ChangeSignal writings() {
        return writings;
    }

    private void enqueue(Key key, List<? extends PersistentEntity> events) {
        int admitted = tallies.admit(key, events.size(), settings.insightsDailyCap());
        int queued = 0;
        while (queued < admitted && queue.offer(new Queued(key, events.get(queued)))) {
            queued++;
        }
        if (queued < admitted) {
            tallies.withdraw(key, admitted - queued);
            dropped.addAndGet(admitted - queued);
        }
        if (queue.size() >= BATCH && writingAsked.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::writeQueued);
            } catch (RejectedExecutionException busy) {
                writingAsked.set(false);
            }
        }
    }

    /** What the executor runs: skipped while another writing runs, which takes what is queued anyway. */
    private void writeQueued() {
        if (!writing.tryLock()) {
            return;
        }
        try {
            write();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not write the listening and download events; trying again in "
                    + PERIOD.toSeconds() + " s", failed);
        } finally {
            writing.unlock();
        }
    }

    /** Writes the batches queued now (not those that keep coming meanwhile), then counts the refusals. */
    private void write() {
        try {
            writingAsked.set(false);
            for (int batches = queue.size() / BATCH + 1; batches > 0 && !queue.isEmpty(); batches--) {
                List<Queued> batch = new ArrayList<>(BATCH);
                queue.drainTo(batch, BATCH);
                write(batch.stream().collect(Collectors.groupingBy(Queued::key, LinkedHashMap::new,
                        Collectors.mapping(Queued::event, Collectors.toList()))));
            }
            tallies.takeRefused().forEach(this::countRefused);
            tallies.forgetBefore(LocalDate.ofInstant(clock.instant(), settings.displayZone()));
            logDrops();
        } finally {
            writings.changed();
        }
    }

    private void write(Map<Key, List<PersistentEntity>> batch) {
        try {
            writeAndSettle(batch);
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.forEach((key, events) -> giveUp(key, events.size(), failed));
                return;
            }
            batch.forEach((key, events) -> {
                try {
                    writeAndSettle(Map.of(key, events));
                } catch (RuntimeException failedAgain) {
                    giveUp(key, events.size(), failedAgain);
                }
            });
        }
    }

    private void writeAndSettle(Map<Key, List<PersistentEntity>> batch) {
        writer.write(batch, settings.insightsDailyCap()).forEach((key, written) ->
                tallies.settle(key, written.stored(), batch.get(key).size(), written.refused()));
    }

    private void giveUp(Key key, int events, RuntimeException failure) {
        tallies.withdraw(key, events);
        dropped.addAndGet(events);
        LOG.log(Level.WARNING, failure, () -> events + " events of episode " + key.episodeId() + " on " + key.day()
                + " could not be written and are lost");
    }

    /** Adds to the day's row, or makes it; the first of two servers to make it wins, and the other adds to it. */
    private void countRefused(Key key, long refused) {
        try {
            if (writer.addRefused(key, refused)) {
                return;
            }
            try {
                writer.createRefused(key, refused);
            } catch (RuntimeException taken) {
                if (!DatabaseErrors.isUniqueViolation(taken) || !writer.addRefused(key, refused)) {
                    throw taken;
                }
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, failed, () -> refused + " refusals of episode " + key.episodeId() + " on "
                    + key.day() + " could not be counted");
        }
    }

    private void logDrops() {
        long now = System.nanoTime();
        if (dropped.get() > 0 && now - dropsLoggedAt >= DROPS_LOGGED_EVERY.toNanos()) {
            dropsLoggedAt = now;
            long count = dropped.getAndSet(0);
            LOG.warning(() -> "Insights: " + count + " listening and download events dropped since the last report:"
                    + " more came than the database took (queue of " + QUEUE_CAPACITY + " full) or it failed");
        }
    }
}
