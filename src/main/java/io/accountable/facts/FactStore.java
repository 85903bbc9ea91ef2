package io.accountable.facts;

import io.accountable.demo.DemoData.DataChanged;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
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
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** Gauges of what the current facts hold, registered once. */
    @jakarta.annotation.PostConstruct
    void gauges() {
        io.micrometer.core.instrument.Gauge.builder("accountable.facts.rows", this, s -> s.facts == null ? 0
                : s.facts.touchCount).tag("table", "touchpoint").description("Rows in the in-memory facts").register(metrics);
        io.micrometer.core.instrument.Gauge.builder("accountable.facts.rows", this, s -> s.facts == null ? 0
                : s.facts.accountCount).tag("table", "account").description("Rows in the in-memory facts").register(metrics);
        io.micrometer.core.instrument.Gauge.builder("accountable.facts.rows", this, s -> s.facts == null ? 0
                : s.facts.opportunityCount).tag("table", "opportunity").description("Rows in the in-memory facts")
                .register(metrics);
        io.micrometer.core.instrument.Gauge.builder("accountable.computations.running", ComputeGate.shared(),
                ComputeGate::running).description("Numbers being computed afresh now (at most one per core)")
                .register(metrics);
        io.micrometer.core.instrument.Gauge.builder("accountable.computations.waiting", ComputeGate.shared(),
                ComputeGate::waiting).description("Computations waiting for a core (beyond 32 per core: 503)")
                .register(metrics);
        io.micrometer.core.instrument.Gauge.builder("accountable.facts.generation", generation, AtomicLong::get)
                .description("Facts generation: moves on with every rebuild").register(metrics);
        io.micrometer.core.instrument.Gauge.builder("accountable.facts.stale", this, s -> s.stale ? 1 : 0)
                .description("1 while the facts are older than the data (a rebuild failed)").register(metrics);
    }

    /** Fired (asynchronously) whenever new facts are ready, so common views can be computed ahead. */
    public record FactsReady(long generation) {
    }

    @Inject
    jakarta.enterprise.event.Event<FactsReady> ready;

    private volatile Facts facts;
    private final AtomicLong generation = new AtomicLong();
    /** Moves on only when new facts give other numbers (see {@link #numbersGeneration()}). */
    private final AtomicLong numbersGeneration = new AtomicLong();
    /** Why the last build failed, or null when it succeeded. */
    private volatile String problem;
    /** The current facts are older than the data: a rebuild after a change failed. */
    private volatile boolean stale;
    private volatile long lastAttemptNanos;
    private static final long RETRY_NANOS = 30_000_000_000L;

    /** No facts can be given: the first build failed. Answered with a 503 that says why. */
    public static final class UnavailableException extends io.accountable.i18n.TextException {
        public UnavailableException(String message) {
            this(io.accountable.i18n.Text.fixed(message));
        }

        public UnavailableException(io.accountable.i18n.Text text) {
            super(text, false);
        }
    }

    /**
     * The current facts, building them first when there are none yet. Stale facts (a rebuild
     * after a change failed) are still answered, and a new build is tried in the background at
     * most every 30 seconds; readiness says DOWN meanwhile.
     */
    public Facts facts() {
        Facts current = facts;
        if (current == null) {
            synchronized (this) {
                current = facts;
                if (current == null) {
                    try {
                        current = rebuild(false);
                    } catch (RuntimeException e) {
                        String why = String.valueOf(problem);
                        throw new UnavailableException(
                                io.accountable.i18n.ErrorMsgs.text(m -> m.facts_unavailable(why)));
                    }
                }
            }
        } else if (stale && System.nanoTime() - lastAttemptNanos > RETRY_NANOS) {
            retryInBackground();
        }
        return current;
    }

    private void retryInBackground() {
        lastAttemptNanos = System.nanoTime();
        Thread thread = new Thread(() -> onDataChanged(new DataChanged("a retry after a failed build")),
                "facts-retry");
        thread.setDaemon(true);
        thread.start();
    }

    /** Null when the facts are current; otherwise why not (for readiness). */
    public String problem() {
        String p = problem;
        if (p == null) {
            return null;
        }
        return stale ? "the facts are older than the data: the rebuild after a change failed (" + p + ")"
                : "the facts cannot be built (" + p + ")";
    }

    /**
     * The external ids of one account's touches, aligned with its slice of the facts
     * ({@code ids[i]} belongs to touch {@code touchStart[account] + i}). The facts keep only the
     * database id per touch; the ids are read here, for the one account a page or an explanation
     * shows. A touch removed since the facts were built shows as {@code #<database id>}.
     */
    public String[] touchExternalIds(Facts f, int account) {
        int from = f.touchStart[account];
        int to = f.touchStart[account + 1];
        String[] ids = new String[to - from];
        if (ids.length == 0) {
            return ids;
        }
        Map<Long, Integer> slot = new HashMap<>(ids.length * 2);
        for (int t = from; t < to; t++) {
            slot.put(f.touchId[t], t - from);
        }
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement st = c.prepareStatement(
                     "select id, external_id from touchpoint where account_id = ?")) {
            st.setLong(1, f.accountId[account]);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Integer i = slot.get(rs.getLong(1));
                    if (i != null) {
                        ids[i] = rs.getString(2);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Touch ids of account " + f.accountExternalId[account]
                    + " cannot be read: " + e.getMessage(), e);
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null) {
                ids[i] = "#" + f.touchId[from + i];
            }
        }
        return ids;
    }

    /** The current snapshot without building one (null before the first build). */
    public Facts current() {
        return facts;
    }

    /**
     * Changes whenever the facts are rebuilt; part of the key of every cache whose values show
     * names (account lists, credit grouped by account).
     */
    public long generation() {
        return generation.get();
    }

    /**
     * Changes when new facts give other numbers; part of the key of every cache of numbers. An
     * import that only renames accounts moves {@link #generation()} but not this, so the
     * dashboards computed before it are still answered from the caches (docs/operations.md).
     */
    public long numbersGeneration() {
        return numbersGeneration.get();
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
        refresh(event.what(), event.accountsOnly());
    }

    /** Rebuilds now (after a change here, or one another instance signalled); a failure keeps the old facts. */
    public void refresh(String why) {
        refresh(why, false);
    }

    /**
     * Rebuilds now; with {@code accountsOnly} (only the account table changed) the account table
     * alone is read again when the accounts are the same rows, else everything.
     */
    public void refresh(String why, boolean accountsOnly) {
        synchronized (rebuilding) {
            try {
                rebuild(accountsOnly);
            } catch (RuntimeException e) {
                // Keep answering with the previous facts (readiness says they are stale) and try again.
                LOG.warnf(e, "Could not rebuild the facts after %s; the previous facts are kept, readiness is DOWN, "
                        + "a new build is tried within a minute", why);
            }
        }
    }

    /** Forgets the current facts: the next reader builds them again (and waits for it). */
    public synchronized void invalidate() {
        facts = null;
        generation.incrementAndGet();
        numbersGeneration.incrementAndGet();
        BoundedCache.invalidateAll();
    }

    /** Serialises rebuilds after data changes (two imports at once build one after the other). */
    private final Object rebuilding = new Object();

    private Facts rebuild(boolean accountsOnly) {
        long started = System.nanoTime();
        lastAttemptNanos = started;
        try (Connection c = dataSource.getConnection()) {
            Facts previous = facts;
            Facts built = accountsOnly && previous != null ? FactsBuilder.withAccountsReadAgain(c, previous) : null;
            boolean partial = built != null;
            if (built == null) {
                built = Facts.load(c);
            }
            if (!built.unreadable.isEmpty() && !partial) {
                LOG.warnf("%s", built.unreadable.summary());
                for (Unreadable.Row row : built.unreadable.rows()) {
                    LOG.warnf("Left out of the facts: %s", row);
                }
            }
            boolean sameNumbers = previous != null && built.sameNumbersAs(previous);
            if (sameNumbers && !partial) {
                // the previous columns live on in cached results: share them instead of a second copy
                built = FactsBuilder.namesOf(built, previous);
            }
            problem = null;
            stale = false;
            synchronized (this) {
                // Swap first, then move the generations on: a reader that sees a new generation
                // always gets the new facts, so no cache holds old numbers under a new key.
                facts = built;
                if (!sameNumbers) {
                    numbersGeneration.incrementAndGet();
                }
                generation.incrementAndGet();
            }
            if (!sameNumbers) {
                BoundedCache.invalidateAll();
                ready.fireAsync(new FactsReady(generation.get()));
            }
            metrics.timer("accountable.facts.build", "scope", partial ? "accounts" : "all")
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            LOG.infof("Built facts (%s%s) in %d ms: %s", partial ? "accounts read again" : "all tables read",
                    sameNumbers ? ", the same numbers: cached results kept" : "",
                    (System.nanoTime() - started) / 1_000_000, built);
            return built;
        } catch (SQLException | RuntimeException e) {
            problem = "could not read the data: " + e.getMessage();
            stale = facts != null;
            throw new IllegalStateException(problem, e);
        }
    }
}
