package dev.earmark.catalogue.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Values read from the catalogue in one state, kept until it changes: a lookup names the state its caller saw
 * before reading, and a state other than the kept one starts afresh. A read that began before a save can thus
 * never leave its older value in the newer state, and every node drops its values as soon as it sees the new
 * state, within {@code CatalogueRevision.REFRESH} of a save on another node. At most {@code capacity} values
 * are kept: guessed keys fill it, so a full cache starts afresh rather than refusing the keys that are hot now.
 *
 * @param <K> what a value is looked up by
 * @param <V> the value, never null ({@link java.util.Optional} for "there is none")
 */
public final class RevisionCache<K, V> {

    private final int capacity;
    private final AtomicReference<Generation<K, V>> generation;

    public RevisionCache(int capacity) {
        this.capacity = capacity;
        this.generation = new AtomicReference<>(new Generation<>(null));
    }

    /** The value kept for {@code key} in {@code state}, else what {@code load} reads, kept for the next caller. */
    public V get(CatalogueState state, K key, Function<? super K, ? extends V> load) {
        Generation<K, V> current = generation.get();
        if (!state.equals(current.state())) {
            current = new Generation<>(state);
            generation.set(current);
        }
        V kept = current.values().get(key);
        if (kept != null) {
            return kept;
        }
        V loaded = load.apply(key);
        if (current.values().size() >= capacity) {
            current = new Generation<>(state);
            generation.set(current);
        }
        current.values().put(key, loaded);
        return loaded;
    }

    private record Generation<K, V>(CatalogueState state, Map<K, V> values) {

        Generation(CatalogueState state) {
            this(state, new ConcurrentHashMap<>());
        }
    }
}
