package dev.earmark.insights.boundary;

import dev.earmark.insights.control.DailyTallies;
import dev.earmark.insights.control.DailyTallies.Key;
import dev.earmark.insights.entity.DownloadEvent;
import dev.earmark.insights.entity.ListeningEvent;
import dev.earmark.platform.control.ChangeSignal;
import dev.earmark.platform.control.DatabaseErrors;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Where listening and download events go: recorded in the background, off the request's thread, within the cap per
 * episode and day (earmark.insights.daily-cap; what is over it is refused and counted in {@code InsightsRefusal}).
 * <p>
 * A request only puts its events into a bounded queue ({@value #QUEUE_CAPACITY} events; a full queue drops them,
 * counted and logged at most once a minute) and returns. The queue is written every two seconds ({@link InsightsTimer})
 * and, when a batch's worth waits, at once on the container's managed executor, in batches of {@value #BATCH} events,
 * one transaction each; one writing at a time per server. A batch the database refuses (an episode deleted meanwhile)
 * is written again episode by episode, so that only that episode's events are lost. Undeploying writes what is queued
 * first.
 * <p>
 * The cap: the database's count of an episode's stored events of the day (listening ranges and downloads), taken in a
 * batch's transaction, decides; each server keeps the last count plus what it wrote since ({@link DailyTallies}) and
 * counts again when it first writes to a day, before its writes would pass a quarter of the room left under the cap,
 * and every half minute, so that servers sharing the database keep the cap together without counting a busy day's
 * many thousand rows at every batch; it refuses the events of a day it knows to be full without queueing them.
 * Refusals are added to the day's row of {@code insights_refusal} after each writing.
 */
@ApplicationScoped
public class EventRecorder {

    private static final Logger LOG = Logger.getLogger(EventRecorder.class.getName());
    static final int QUEUE_CAPACITY = 20_000;
    static final int BATCH = 500;
    private static final Duration DROPS_LOGGED_EVERY = Duration.ofMinutes(1);

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    EventWriter writer;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final DailyTallies tallies = new DailyTallies();
    private final ReentrantLock writing = new ReentrantLock();
    /** The writing last asked of the executor: another is asked for only once it is done (or was refused). */
    private final AtomicReference<Future<?>> asked = new AtomicReference<>(CompletableFuture.completedFuture(null));
    private final AtomicLong dropped = new AtomicLong();
    /** Moves each time a writing of the queue ends here. */
    private final ChangeSignal writings = new ChangeSignal();
    private long dropsLoggedAt = System.nanoTime() - DROPS_LOGGED_EVERY.toNanos();

    /** An event waiting to be written, with the episode's day it counts for. */
    private record Queued(Key key, PersistentEntity event) {
    }

    /** A redeployment loses nothing that was queued: the last writing waits for one running and writes the rest. */
    @PreDestroy
    void writeTheRest() {
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
        Future<?> last = asked.get();
        if (queue.size() >= BATCH && last.isDone()) {
            askForWriting(last);
        }
    }

    /** One at a time: a writing asked for and not yet done takes every batch that waits. */
    private void askForWriting(Future<?> last) {
        try {
            asked.compareAndSet(last, executor.submit(this::writeQueued));
        } catch (RejectedExecutionException busy) {
            LOG.fine("No thread to write the queued events now; the timer will");
        }
    }

    /**
     * Writes what is queued, unless a writing runs already (which looks at the queue again when it ends); a writing
     * that leaves a batch's worth behind asks for the next, so that the queue is written as fast as it fills.
     */
    public void writeQueued() {
        if (!writing.tryLock()) {
            return;
        }
        try {
            write();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not write the listening and download events; trying again shortly", failed);
        } finally {
            writing.unlock();
        }
        if (queue.size() >= BATCH) {
            askForWriting(asked.get());
        }
    }

    /** Writes the batches queued now (not those that keep coming meanwhile), then counts the refusals. */
    private void write() {
        try {
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
        long cap = settings.insightsDailyCap();
        Instant now = clock.instant();
        Map<Key, Long> estimates = new HashMap<>();
        batch.forEach((key, events) -> tallies.storedWithoutCounting(key, events.size(), cap, now)
                .ifPresent(stored -> estimates.put(key, stored)));
        writer.write(batch, cap, estimates).forEach((key, written) -> tallies.settle(key, written.stored(),
                batch.get(key).size(), written.refused(), written.counted().isPresent() ? now : null,
                written.counted().orElse(-1)));
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
