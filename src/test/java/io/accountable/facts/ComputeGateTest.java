package io.accountable.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bounded work: a fixed number of computations at once, a bounded queue, single flight. */
class ComputeGateTest {

    @Test
    void shouldRunAtMostThePermitsAtOnceQueueSomeAndRefuseTheRest() throws Exception {
        ComputeGate gate = new ComputeGate(2, 1, 300);
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> gate.run(() -> {
                holding.countDown();
                await(release);
                return 1;
            }));
        }
        holding.await(5, TimeUnit.SECONDS);
        assertEquals(2, gate.running());
        Future<?> queued = pool.submit(() -> gate.run(() -> 1));
        Thread.sleep(50);
        assertEquals(1, gate.waiting());
        // The queue (1) is full: refused at once.
        assertThrows(ComputeGate.BusyException.class, () -> gate.run(() -> 1));
        // The queued one gives up after its wait.
        java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> queued.get(5, TimeUnit.SECONDS));
        assertEquals(ComputeGate.BusyException.class, failed.getCause().getClass());
        release.countDown();
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        assertEquals(0, gate.running());
        assertEquals(1, gate.run(() -> 1));
    }

    @Test
    void shouldLetTheTrustCardsStartOnlyWhenNoPageNumberWaits() throws Exception {
        ComputeGate pages = new ComputeGate(1, 4, 2_000);
        ComputeGate cards = new ComputeGate(1, 0, 0, pages);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(() -> pages.run(() -> {
            holding.countDown();
            await(release);
            return 1;
        }));
        holding.await(5, TimeUnit.SECONDS);
        assertEquals(2, cards.run(() -> 2), "a page computing, none waiting: a card may start");
        Future<Integer> waiting = pool.submit(() -> pages.run(() -> 3));
        Thread.sleep(50);
        assertEquals(1, pages.waiting());
        assertThrows(ComputeGate.BusyException.class, () -> cards.run(() -> 2), "a page waits: the card yields");
        release.countDown();
        assertEquals(3, waiting.get(5, TimeUnit.SECONDS));
        assertEquals(2, cards.run(() -> 2));
        pool.shutdown();
    }

    @Test
    void shouldRunANestedComputationInsideItsPermit() {
        ComputeGate gate = new ComputeGate(1, 0, 100);
        assertEquals(3, gate.run(() -> gate.run(() -> gate.run(() -> 3))));
        assertEquals(0, gate.running());
    }

    @Test
    void shouldComputeIdenticalConcurrentRequestsOnce() throws Exception {
        BoundedCache<Integer> cache = new BoundedCache<>(1 << 20, v -> 8);
        AtomicInteger computed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return cache.get("same filter", () -> {
                    computed.incrementAndGet();
                    sleep(200);
                    return 42;
                });
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertEquals(42, answer.get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, computed.get());
    }

    @Test
    void shouldPassAFailureToEveryWaiterAndComputeAgainNextTime() {
        BoundedCache<Integer> cache = new BoundedCache<>(1 << 20, v -> 8);
        assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw new IllegalStateException("no");
        }));
        assertEquals(7, cache.get("k", () -> 7));
    }

    @Test
    void shouldDropEveryEntryWhenNewFactsReplaceTheOld() {
        BoundedCache<byte[]> one = new BoundedCache<>(1_000_000, v -> v.length);
        BoundedCache<byte[]> two = new BoundedCache<>(1_000_000, v -> v.length);
        one.get("1|filter", () -> new byte[1000]);
        two.get("1|filter", () -> new byte[1000]);
        BoundedCache.invalidateAll();
        one.cleanUp();
        two.cleanUp();
        assertEquals(0, one.size(), "nothing computed from the old facts stays reachable");
        assertEquals(0, two.size());
        AtomicInteger computed = new AtomicInteger();
        one.get("1|filter", () -> {
            computed.incrementAndGet();
            return new byte[1];
        });
        assertEquals(1, computed.get(), "computed again");
    }

    @Test
    void shouldEvictByWeightNotByCount() {
        // Values of about 100 KB in a 1 MB cache: at most ten stay, whatever the number of keys.
        BoundedCache<byte[]> cache = new BoundedCache<>(1_000_000, v -> v.length);
        for (int i = 0; i < 200; i++) {
            cache.get("filter " + i, () -> new byte[100_000]);
        }
        cache.cleanUp();
        assertTrue(cache.bytes() <= 1_000_000, "held " + cache.bytes() + " bytes");
        assertTrue(cache.size() <= 10, "held " + cache.size() + " entries");
        assertTrue(cache.size() >= 1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
