package dev.earmark.transcripts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * What a running job offers its engine: a place to report progress, and cancellation. An engine registers how to stop
 * what it waits for (kill its process, abort its request); a cancel runs that at once, from whichever thread cancels.
 */
public final class TranscriptionControl {

    private final IntConsumer progress;
    private final List<Runnable> aborts = new ArrayList<>();
    private boolean cancelled;

    /** @param progress takes percent done, 0 to 100 */
    public TranscriptionControl(IntConsumer progress) {
        this.progress = progress;
    }

    public void report(int percent) {
        progress.accept(Math.max(0, Math.min(100, percent)));
    }

    /** Runs {@code abort} on cancel, or at once if the job is cancelled already. */
    public void onCancel(Runnable abort) {
        synchronized (this) {
            if (!cancelled) {
                aborts.add(abort);
                return;
            }
        }
        abort.run();
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(aborts);
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }
}
