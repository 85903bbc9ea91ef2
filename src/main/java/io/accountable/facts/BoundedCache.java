package io.accountable.facts;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A cache of derived results bounded by their weight in bytes (Caffeine, size-based eviction with a
 * weigher), so the heap stays bounded whatever filters users try: journeys and per-touch credits of
 * a year of large data weigh megabytes, a grouped answer a few hundred bytes. Identical concurrent
 * requests compute once (single flight) and every computation passes the {@link ComputeGate}.
 */
public final class BoundedCache<V> {

    private final com.github.benmanes.caffeine.cache.Cache<String, V> entries;
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder misses = new java.util.concurrent.atomic.LongAdder();

    /**
     * A cache named for the metrics: {@code accountable_cache_requests_total{cache,result=hit|miss}}
     * and {@code accountable_cache_entries{cache}} in the application's registry.
     */
    public BoundedCache(String name, long maxBytes, java.util.function.ToLongFunction<? super V> weigher) {
        this(name, maxBytes, weigher, ComputeGate.shared());
    }

    /** A named cache whose computations pass {@code gate} instead of the shared one. */
    public BoundedCache(String name, long maxBytes, java.util.function.ToLongFunction<? super V> weigher,
            ComputeGate gate) {
        this(maxBytes, weigher);
        this.name = name;
        this.gate = gate;
    }

    private ComputeGate gate = ComputeGate.shared();

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
        io.micrometer.core.instrument.Gauge.builder("accountable.cache.bytes", this, BoundedCache::bytes)
                .tag("cache", name).description("Estimated heap use of the entries held").register(registry);
    }

    /**
     * @param maxBytes the most the values may weigh together
     * @param weigher  a value's estimated heap use in bytes
     */
    public BoundedCache(long maxBytes, java.util.function.ToLongFunction<? super V> weigher) {
        this.name = null;
        this.entries = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, V value) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(1, 2L * key.length() + 64 + weigher.applyAsLong(value))))
                .build();
        ALL.add(this);
    }

    /** Every cache, so that new facts can drop what was computed from the old ones. */
    private static final java.util.Set<BoundedCache<?>> ALL = java.util.Collections.newSetFromMap(
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>()));

    /**
     * Empties every cache. Called when new facts replace the old: an entry computed from the old
     * facts is never asked for again (keys start with the facts' generation), but it would keep
     * the old facts, tens of megabytes, reachable until its weight pushed it out.
     */
    public static void invalidateAll() {
        java.util.List<BoundedCache<?>> caches;
        synchronized (ALL) {
            caches = java.util.List.copyOf(ALL);
        }
        for (BoundedCache<?> cache : caches) {
            cache.entries.invalidateAll();
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<V>> inFlight =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The cached value, or the computed one. Identical concurrent requests compute once (the
     * others wait for that result), and every computation passes the {@link ComputeGate}.
     */
    public V get(String key, Supplier<V> compute) {
        if (!registered && name != null) {
            register();
        }
        V hit = cached(key);
        if (hit != null) {
            hits.increment();
            return hit;
        }
        java.util.concurrent.CompletableFuture<V> running = inFlight.get(key);
        if (running != null) {
            hits.increment();
            return await(running);
        }
        misses.increment();
        gate.enter();
        try {
            java.util.concurrent.CompletableFuture<V> mine = new java.util.concurrent.CompletableFuture<>();
            running = inFlight.putIfAbsent(key, mine);
            if (running != null) {
                return await(running);
            }
            try {
                V value = cached(key);
                if (value == null) {
                    value = compute.get();
                    entries.put(key, value);
                }
                mine.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                inFlight.remove(key, mine);
            }
        } finally {
            gate.exit();
        }
    }

    private V cached(String key) {
        return entries.getIfPresent(key);
    }

    private static <V> V await(java.util.concurrent.CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    public int size() {
        return (int) entries.estimatedSize();
    }

    /** Runs pending evictions now (Caffeine does them lazily); for tests and metrics. */
    public void cleanUp() {
        entries.cleanUp();
    }

    /** The weight of the values held, in estimated bytes. */
    public long bytes() {
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }
}
