package dev.earmark.testing.server;

import dev.earmark.platform.control.ChangeSignal;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waiting in the server for what is done in the background, which no test can join (transcription jobs, snips'
 * summaries): looks again each time the work's {@link ChangeSignal} moves, for at most two minutes.
 */
public final class Eventually {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    private Eventually() {
    }

    /** @param found the awaited value, or null while there is none */
    public static <T> T await(String what, ChangeSignal changes, Supplier<T> found) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        try {
            for (long seen = changes.changes(); ; seen = changes.changes()) {
                T value = found.get();
                if (value != null) {
                    return value;
                }
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (left.isNegative() || !changes.awaitChange(seen, left)) {
                    throw new AssertionError("Waited " + LIMIT.toMinutes() + " minutes for " + what);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting for " + what);
        }
    }
}
