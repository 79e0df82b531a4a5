package dev.earmark.media.control;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Reading a file that a curator sent, which a file made for it (or merely broken) could keep busy for long: run on an
 * executor and awaited for a limited time. A reading that takes longer is interrupted (file channels then close) and
 * counts as no answer, as does one that fails: what is read is a detail, never a reason to refuse a save.
 */
public final class TimeBound {

    private static final Logger LOG = Logger.getLogger(TimeBound.class.getName());

    private TimeBound() {
    }

    /**
     * @param subject what is read, for the log
     * @return what {@code reading} answered within {@code limit}; empty after the limit, a failure or an interruption
     */
    public static <T> Optional<T> call(ExecutorService executor, Duration limit, String subject,
            Callable<Optional<T>> reading) {
        Future<Optional<T>> answer;
        try {
            answer = executor.submit(reading);
        } catch (RejectedExecutionException busy) {
            LOG.warning(() -> "No thread to read " + subject + ": " + busy);
            return Optional.empty();
        }
        try {
            return answer.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException tooLong) {
            LOG.warning(() -> "Gave up reading " + subject + " after " + limit.toMillis() + " ms");
            return Optional.empty();
        } catch (ExecutionException failed) {
            LOG.warning(() -> "Could not read " + subject + ": " + failed.getCause());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            answer.cancel(true);
        }
    }
}
