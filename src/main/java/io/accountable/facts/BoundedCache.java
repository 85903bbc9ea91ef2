package io.accountable.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A least-recently-used cache with a fixed number of entries. Derived results are cached per
 * filter; journeys of a year of large data weigh tens of megabytes, so the heavy caches are
 * kept small and the heap bounded whatever filters users try.
 */
public final class BoundedCache<V> {

    private final Map<String, V> entries;

    public BoundedCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The cached value, or the computed one (computed outside the lock: two callers may both compute). */
    public V get(String key, Supplier<V> compute) {
        synchronized (entries) {
            V hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }
}
