package io.accountable.facts;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds the work of computing numbers afresh (a cache miss): at most as many computations run
 * at once as there are cores; up to {@code 32 x cores} more wait (at most 20 s) in a queue; past
 * that, or after the wait, the request is refused with {@link BusyException} (a 503 with
 * {@code Retry-After}), never with an {@code OutOfMemoryError}. A computation that needs another
 * one (KPIs need attribution) runs it inside its own permit.
 *
 * <p>Pure: no Quarkus.
 */
public final class ComputeGate {

    /** Too much is being computed: try again shortly. */
    public static final class BusyException extends io.accountable.i18n.TextException {
        public BusyException(String message) {
            this(io.accountable.i18n.Text.fixed(message));
        }

        public BusyException(io.accountable.i18n.Text text) {
            super(text);
        }
    }

    private static final ComputeGate SHARED = new ComputeGate(Runtime.getRuntime().availableProcessors(),
            32 * Runtime.getRuntime().availableProcessors(), 20_000);

    /**
     * The gate of the cards that say how far to trust a number (bootstrap intervals, the
     * ranking's sensitivity, the model check): each costs up to seconds on a year of large data,
     * so they pass one per two cores and never stand in the queue of the pages' numbers. A card
     * refused here says "still computing" and asks again (docs/operations.md). No queue: a card
     * that finds no free permit is refused at once, and so is one that would start while the
     * pages' numbers wait for a core: the pages go first.
     */
    private static final ComputeGate TRUST = new ComputeGate(Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
            0, 0, SHARED);

    private final Semaphore permits;
    private final int permitCount;
    private final int maxWaiting;
    private final long waitMillis;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    /** A gate whose waiting computations go first: none starts here while one waits there (or null). */
    private final ComputeGate yieldsTo;

    ComputeGate(int permits, int maxWaiting, long waitMillis) {
        this(permits, maxWaiting, waitMillis, null);
    }

    ComputeGate(int permits, int maxWaiting, long waitMillis, ComputeGate yieldsTo) {
        this.permits = new Semaphore(permits, true);
        this.permitCount = permits;
        this.maxWaiting = maxWaiting;
        this.waitMillis = waitMillis;
        this.yieldsTo = yieldsTo;
    }

    public static ComputeGate shared() {
        return SHARED;
    }

    /** The gate of the trust cards (intervals, sensitivity, model check). */
    public static ComputeGate trust() {
        return TRUST;
    }

    /** Whether this thread is inside a computation already (and so needs no permit). */
    boolean holding() {
        return depth.get()[0] > 0;
    }

    /** Takes a permit (waiting in the bounded queue), or throws {@link BusyException}. */
    void enter() {
        int[] d = depth.get();
        if (d[0] > 0) {
            d[0]++;
            return;
        }
        if (yieldsTo != null && yieldsTo.waiting() > 0) {
            throw new BusyException(l -> errors(l).busy_full(String.valueOf(permitCount), "0"));
        }
        if (!permits.tryAcquire()) {
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                int running = permitCount;
                int queue = maxWaiting;
                throw new BusyException(l -> errors(l).busy_full(String.valueOf(running), String.valueOf(queue)));
            }
            try {
                if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                    String seconds = String.valueOf(waitMillis / 1000);
                    throw new BusyException(l -> errors(l).busy_waited(seconds));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BusyException(l -> errors(l).busy_interrupted());
            } finally {
                waiting.decrementAndGet();
            }
        }
        d[0] = 1;
    }

    private static io.accountable.i18n.ErrorMsg errors(io.accountable.i18n.Language language) {
        return io.accountable.i18n.ErrorMsgs.in(language);
    }

    void exit() {
        int[] d = depth.get();
        if (--d[0] == 0) {
            permits.release();
        }
    }

    public <V> V run(Supplier<V> compute) {
        enter();
        try {
            return compute.get();
        } finally {
            exit();
        }
    }

    /** How many computations may run at once. */
    public int capacity() {
        return permitCount;
    }

    /** Computations running now. */
    public int running() {
        return permitCount - permits.availablePermits();
    }

    /** Computations waiting for a permit now. */
    public int waiting() {
        return waiting.get();
    }
}
