package dev.earmark.testing.server;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waiting in the server for what background work does (a transcription job on the managed executor, a timer's poll),
 * which no test can join: asks again every 50 ms until there is an answer, for at most two minutes.
 */
public final class Eventually {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    private Eventually() {
    }

    /** @param found the awaited value, or null while there is none */
    public static <T> T await(String what, Supplier<T> found) {
        Instant giveUp = Instant.now().plus(LIMIT);
        for (T value = found.get(); ; value = found.get()) {
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Waited " + LIMIT.toMinutes() + " minutes for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }
}
