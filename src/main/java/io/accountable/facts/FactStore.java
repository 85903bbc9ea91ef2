package io.accountable.facts;

import io.accountable.demo.DemoData.DataChanged;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Holds the current {@link Facts}: built at start, rebuilt after data changed (an import or the
 * demo load). The rebuild runs in the thread that changed the data, so an import answers once its
 * rows are in the numbers, while every other reader keeps the previous snapshot and never waits
 * (only a request before the very first build does). The generation number lets caches of
 * derived results know when to forget.
 */
@ApplicationScoped
public class FactStore {

    private static final Logger LOG = Logger.getLogger(FactStore.class);

    @Inject
    AgroalDataSource dataSource;

    /** Fired (asynchronously) whenever new facts are ready, so common views can be computed ahead. */
    public record FactsReady(long generation) {
    }

    @Inject
    jakarta.enterprise.event.Event<FactsReady> ready;

    private volatile Facts facts;
    private final AtomicLong generation = new AtomicLong();

    public Facts facts() {
        Facts current = facts;
        if (current == null) {
            synchronized (this) {
                current = facts;
                if (current == null) {
                    current = rebuild();
                }
            }
        }
        return current;
    }

    /** The current snapshot without building one (null before the first build). */
    Facts current() {
        return facts;
    }

    /** Changes whenever the facts are rebuilt; part of every cache key. */
    public long generation() {
        return generation.get();
    }

    /** Builds the facts right after start (and after the demo load), so the first user does not wait. */
    void warmUp(@Observes @jakarta.annotation.Priority(100) io.quarkus.runtime.StartupEvent event) {
        Thread thread = new Thread(() -> {
            try {
                facts();
            } catch (RuntimeException e) {
                LOG.warn("Could not build the facts at start; the first request will try again", e);
            }
        }, "facts-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Builds the new facts beside the current ones and swaps them in; readers go on meanwhile. */
    void onDataChanged(@Observes DataChanged event) {
        synchronized (rebuilding) {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not rebuild the facts after %s; the next request will try again", event.what());
                invalidate();
            }
        }
    }

    /** Forgets the current facts: the next reader builds them again (and waits for it). */
    public synchronized void invalidate() {
        facts = null;
        generation.incrementAndGet();
    }

    /** Serialises rebuilds after data changes (two imports at once build one after the other). */
    private final Object rebuilding = new Object();

    private Facts rebuild() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            Facts built = Facts.load(c);
            synchronized (this) {
                // Swap first, then move the generation on: a reader that sees the new generation
                // always gets the new facts, so no cache holds old numbers under a new key.
                facts = built;
                generation.incrementAndGet();
            }
            ready.fireAsync(new FactsReady(generation.get()));
            LOG.infof("Built facts in %d ms: %s", (System.nanoTime() - started) / 1_000_000, built);
            return built;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the data: " + e.getMessage(), e);
        }
    }
}
