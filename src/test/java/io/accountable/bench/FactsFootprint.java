package io.accountable.bench;

import io.accountable.facts.Facts;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * How long the in-memory facts take to build from a database and how much heap they keep, per
 * touch. Run on a copy of the large demo database (see docs/benchmarks.md):
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) io.accountable.bench.FactsFootprint \
 *     "jdbc:h2:file:/tmp/bench-db/acc" [user] [password]
 * </pre>
 */
public final class FactsFootprint {

    private FactsFootprint() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args.length > 1 ? args[1] : "sa";
        String password = args.length > 2 ? args[2] : "";
        int rounds = Integer.getInteger("rounds", 5);
        long[] millis = new long[rounds];
        Facts kept = null;
        for (int r = 0; r < rounds; r++) {
            kept = null;
            long before = usedAfterGc();
            long start = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                kept = Facts.load(c);
            }
            millis[r] = (System.nanoTime() - start) / 1_000_000;
            long retained = usedAfterGc() - before;
            System.out.printf("build %d: %d ms, %s, retained %.1f MB, %.1f bytes per touch (touch columns %d)%n",
                    r + 1, millis[r], kept, retained / 1e6, (double) retained / Math.max(1, kept.touchCount),
                    Facts.bytesPerTouch());
        }
        java.util.Arrays.sort(millis);
        System.out.printf("median build: %d ms over %d builds%n", millis[rounds / 2], rounds);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
