package dev.earmark.testing.server;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A change made elsewhere (another node, a write past this node's caches) awaited as a client sees it: asked again and
 * again without pause, each request being the wait, for at most a given time since the change.
 */
public final class SeenWithin {

    private SeenWithin() {
    }

    /**
     * @param since {@link System#nanoTime()} when the change was made
     * @return the first answer that shows the change
     */
    public static <T> T await(Duration limit, long since, String what, Supplier<T> ask, Predicate<T> showsTheChange) {
        T answer = ask.get();
        while (!showsTheChange.test(answer)) {
            if (System.nanoTime() - since > limit.toNanos()) {
                throw new AssertionError(what + ": not seen within " + limit.toMillis() + " ms; the last answer: " + answer);
            }
            answer = ask.get();
        }
        return answer;
    }
}
