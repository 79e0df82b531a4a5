package dev.earmark.testing.server;

import dev.earmark.transcripts.boundary.RunningTranscriptions;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waiting in the server for what transcription jobs do in the background, which no test can join: looks again each
 * time a job starts or ends on this server, for at most two minutes.
 */
public final class Eventually {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    private Eventually() {
    }

    /** @param found the awaited value, or null while there is none */
    public static <T> T await(String what, RunningTranscriptions running, Supplier<T> found) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        try {
            for (long seen = running.changes(); ; seen = running.changes()) {
                T value = found.get();
                if (value != null) {
                    return value;
                }
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (left.isNegative() || !running.awaitChange(seen, left)) {
                    throw new AssertionError("Waited " + LIMIT.toMinutes() + " minutes for " + what);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting for " + what);
        }
    }
}
