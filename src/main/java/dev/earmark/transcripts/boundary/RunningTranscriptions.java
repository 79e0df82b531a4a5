package dev.earmark.transcripts.boundary;

import dev.earmark.platform.control.ChangeSignal;
import dev.earmark.platform.control.ServerNode;
import dev.earmark.transcripts.control.TranscriptionControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs this server runs now, and the name it claims them under ({@link ServerNode}: new at every start, so that a
 * restarted server never takes its old claims for its own; it takes them over as any other server would, once their
 * leases run out).
 */
@ApplicationScoped
public class RunningTranscriptions {

    @Inject
    ServerNode server;

    private final Map<Long, TranscriptionControl> running = new ConcurrentHashMap<>();
    /** Moves each time a job starts or ends here. */
    private final ChangeSignal changes = new ChangeSignal();

    public String node() {
        return server.name();
    }

    public int count() {
        return running.size();
    }

    public Set<Long> ids() {
        return Set.copyOf(running.keySet());
    }

    void add(long jobId, TranscriptionControl control) {
        running.put(jobId, control);
        changes.changed();
    }

    /** Called once the job's end, if any, is written: a waiter woken by it finds the job's row final. */
    void remove(long jobId) {
        running.remove(jobId);
        changes.changed();
    }

    /** Moves each time a job starts or ends on this server. */
    public ChangeSignal changes() {
        return changes;
    }

    /** Waits, at most {@code limit}, until no job runs here any more; whether none does. */
    boolean awaitNone(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (long seen = changes.changes(); !running.isEmpty(); seen = changes.changes()) {
            if (!changes.awaitChange(seen, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return running.isEmpty();
            }
        }
        return true;
    }

    /** Stops the job's engine where it is (kills its process, aborts its request); nothing more is written. */
    void stop(long jobId) {
        Optional.ofNullable(running.get(jobId)).ifPresent(TranscriptionControl::cancel);
    }

    void stopAll() {
        running.values().forEach(TranscriptionControl::cancel);
    }

    void cancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptionCancelled cancelled) {
        stop(cancelled.jobId());
    }
}
