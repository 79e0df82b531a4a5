package dev.earmark.platform.control;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A count of the times something happened in the background here, which wakes whoever waits for the next time: a
 * waiter takes the count, looks at what it waits for, and then waits for the count to move, so that nothing that
 * happens between looking and waiting is missed.
 */
public final class ChangeSignal {

    private long changes;

    public synchronized void changed() {
        changes++;
        notifyAll();
    }

    public synchronized long changes() {
        return changes;
    }

    /**
     * Waits until the count has moved past {@code seen}, or until {@code limit} has passed.
     *
     * @return whether it moved
     */
    public synchronized boolean awaitChange(long seen, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (changes == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
