package dev.earmark.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Work on hostile input (show notes, transcripts) must end quickly, or one curator or feed could keep every page busy.
 * Each such input costs a few milliseconds once the JIT has compiled the code, as it has on a running server; the
 * bound is far above that, and far below what quadratic work costs (seconds for the same input).
 *
 * <p>What is bounded is the CPU time of the thread doing the work, not the time on the clock: the build machine is
 * shared with other builds and servers, whose load stretches a run of 15 ms to a few hundred on the clock. Work that
 * never ends is stopped on the clock.
 */
public final class CpuTimeBound {

    /** The most CPU time the fastest of a few runs may take. */
    public static final Duration BOUND = Duration.ofMillis(200);
    // The first runs are interpreted: they have to end, but their time says nothing about the algorithm.
    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 3;
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(20);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeBound() {
    }

    /** The work's result, once the fastest of a few runs after the warm-up has taken at most {@link #BOUND}. */
    public static <T> T withinBound(ThrowingSupplier<T> work) {
        return withinBound(BOUND, work);
    }

    /** As {@link #withinBound(ThrowingSupplier)}, for an input so large that even linear work takes longer. */
    public static <T> T withinBound(Duration bound, ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(GIVE_UP_AFTER, () -> {
            for (int run = 0; run < WARM_UP_RUNS; run++) {
                work.get();
            }
            T result = null;
            long fastestNanos = Long.MAX_VALUE;
            for (int run = 0; run < MEASURED_RUNS; run++) {
                long start = THREADS.getCurrentThreadCpuTime();
                result = work.get();
                fastestNanos = Math.min(fastestNanos, THREADS.getCurrentThreadCpuTime() - start);
            }
            Duration fastest = Duration.ofNanos(fastestNanos);
            assertTrue(fastest.compareTo(bound) <= 0, () -> "took " + fastest.toMillis() + " ms of CPU time");
            return result;
        });
    }
}
