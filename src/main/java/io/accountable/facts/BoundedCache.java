package io.accountable.facts;

import java.util.LinkedHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A least-recently-used cache with a fixed number of entries. Derived results are cached per
 * filter; journeys of a year of large data weigh tens of megabytes, so the heavy caches are
 * kept small and the heap bounded whatever filters users try.
 */
public final class BoundedCache<V> {

    private final Map<String, V> entries;
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder misses = new java.util.concurrent.atomic.LongAdder();

    /**
     * A cache named for the metrics: {@code accountable_cache_requests_total{cache,result=hit|miss}}
     * and {@code accountable_cache_entries{cache}} in the application's registry.
     */
    public BoundedCache(String name, int maxEntries) {
        this(maxEntries);
        this.name = name;
    }

    private String name;
    private volatile boolean registered;

    /**
     * Registered on first use, not in the constructor: CDI client proxies run field initialisers
     * too, and their never-used caches must not take the meters' names.
     */
    private synchronized void register() {
        if (registered) {
            return;
        }
        registered = true;
        var registry = io.micrometer.core.instrument.Metrics.globalRegistry;
        io.micrometer.core.instrument.FunctionCounter.builder("accountable.cache.requests", hits, LongAdder::sum)
                .tag("cache", name).tag("result", "hit").description("Cache lookups").register(registry);
        io.micrometer.core.instrument.FunctionCounter.builder("accountable.cache.requests", misses, LongAdder::sum)
                .tag("cache", name).tag("result", "miss").description("Cache lookups").register(registry);
        io.micrometer.core.instrument.Gauge.builder("accountable.cache.entries", this, BoundedCache::size)
                .tag("cache", name).description("Entries held").register(registry);
    }

    public BoundedCache(int maxEntries) {
        this.name = null;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The cached value, or the computed one (computed outside the lock: two callers may both compute). */
    public V get(String key, Supplier<V> compute) {
        if (!registered && name != null) {
            register();
        }
        synchronized (entries) {
            V hit = entries.get(key);
            if (hit != null) {
                hits.increment();
                return hit;
            }
        }
        misses.increment();
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
