package dev.earmark.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeBoundTest {

    private static final Duration LIMIT = Duration.ofMillis(100);

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopTheExecutor() {
        executor.shutdownNow();
    }

    @Test
    void passesOnTheAnswer() {
        assertEquals(Optional.of(42), TimeBound.call(executor, LIMIT, "an answer", () -> Optional.of(42)));
        assertEquals(Optional.empty(), TimeBound.call(executor, LIMIT, "no answer", Optional::empty));
    }

    @Test
    void givesUpAtTheLimitAndInterruptsTheReading() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();

        Optional<Object> answer = TimeBound.call(executor, LIMIT, "a reading that never ends", () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException stopped) {
                interrupted.countDown();
            }
            return Optional.of("too late");
        });

        long tookNanos = System.nanoTime() - start;
        assertEquals(Optional.empty(), answer);
        assertTrue(tookNanos >= LIMIT.toNanos() && tookNanos < TimeUnit.SECONDS.toNanos(2), tookNanos + " ns");
        assertTrue(interrupted.await(2, TimeUnit.SECONDS), "the reading was interrupted");
    }

    @Test
    void aFailedReadingIsNoAnswer() {
        assertEquals(Optional.empty(), TimeBound.call(executor, LIMIT, "a failure", () -> {
            throw new IllegalStateException("damaged");
        }));
        assertEquals(Optional.empty(), TimeBound.call(executor, LIMIT, "an error", () -> {
            throw new StackOverflowError();
        }));
    }

    @Test
    void noThreadToReadOnIsNoAnswer() {
        executor.shutdown();

        assertEquals(Optional.empty(), TimeBound.call(executor, LIMIT, "a refused reading", () -> Optional.of(42)));
    }

    @Test
    void anInterruptedCallerGetsNoAnswerAndStaysInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertEquals(Optional.empty(), TimeBound.call(executor, LIMIT, "a reading that waits", () -> {
                new CountDownLatch(1).await(); // until the executor is stopped after the test
                return Optional.of(42);
            }));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
