package dev.earmark.testing.server;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;

/** Two "servers" racing on one database, as two of the container's threads let go at the same moment. */
public final class AtOnce {

    private AtOnce() {
    }

    /** The tasks started together on the container's threads; their outcomes in the same order. */
    public static <T> List<T> run(ManagedExecutorService executor, List<Callable<T>> tasks) {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        List<Future<T>> running = tasks.stream().map(task -> executor.submit(() -> {
            start.await();
            return task.call();
        })).toList();
        List<T> outcomes = new ArrayList<>();
        for (Future<T> outcome : running) {
            try {
                outcomes.add(outcome.get());
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        }
        return outcomes;
    }
}
