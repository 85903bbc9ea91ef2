package io.accountable.bench;

import io.accountable.attribution.engine.ColumnarEngine;
import io.accountable.attribution.engine.JourneySet;
import io.accountable.attribution.engine.ModelId;
import io.accountable.attribution.engine.ModelParams;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The columnar engine at scale: all ten models, one after the other on one core, over touch
 * columns built in memory the way the facts hold them (grouped by account, in time order):
 * {@code accounts} accounts of 100 touches on average over 13 channels (at most 8 per account),
 * one in eight accounts converting once, with a 180-day lookback; every other account is a
 * non-converting path. 20,000 accounts are 2 million touches, 200,000 are 20 million.
 *
 * <pre>
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ScaleBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ScaleBenchmark {

    private static final List<String> CHANNELS = List.of("paid_social", "display", "paid_search", "webinar",
            "content_syndication", "email", "direct_mail", "event", "direct", "sdr_outreach", "social", "referral",
            "organic_search");
    private static final List<String> TYPES = List.of("ad_click", "web_visit", "email_open", "meeting", "call",
            "form_fill");
    private static final long DAY = 86_400_000L;

    @Param({"20000", "200000"})
    public int accounts;

    JourneySet set;
    ModelParams params = ModelParams.defaults();
    /** Bytes of the touch columns the journeys are slices of (channel, type, time). */
    long columnBytes;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        int[] start = new int[accounts + 1];
        for (int a = 0; a < accounts; a++) {
            start[a + 1] = start[a] + 20 + random.nextInt(161);
        }
        int n = start[accounts];
        int[] channel = new int[n];
        byte[] type = new byte[n];
        long[] time = new long[n];
        long origin = 1_700_000_000_000L;
        for (int a = 0; a < accounts; a++) {
            int[] reachable = random.ints(8, 0, CHANNELS.size()).toArray();
            long t = origin + random.nextLong(30 * DAY);
            for (int i = start[a]; i < start[a + 1]; i++) {
                t += random.nextLong(8 * DAY);
                channel[i] = reachable[random.nextInt(reachable.length)];
                type[i] = (byte) random.nextInt(TYPES.size());
                time[i] = t;
            }
        }
        columnBytes = (long) n * (Integer.BYTES + Byte.BYTES + Long.BYTES);
        JourneySet.Builder builder = JourneySet.builder(channel, type, time, CHANNELS, TYPES, true);
        int id = 0;
        for (int a = 0; a < accounts; a++) {
            if (random.nextInt(8) == 0 && start[a + 1] - start[a] > 10) {
                int closeIndex = start[a] + 5 + random.nextInt(start[a + 1] - start[a] - 5);
                long closed = time[closeIndex];
                long created = closed - 60 * DAY;
                int from = start[a];
                while (time[from] < created - 180 * DAY) {
                    from++;
                }
                builder.conversion(id++, from, closeIndex + 1, 10_000 + random.nextInt(200_000), closed, created,
                        time[start[a]]);
            } else {
                builder.nonConverting(start[a], start[a + 1]);
            }
        }
        set = builder.build();
        System.out.printf("%n%d accounts, %d touches (%d MB of touch columns), %d conversions%n", accounts, n,
                columnBytes >> 20, set.conversions());
    }

    /** All ten models, grouped by channel: what a comparison computes (the app splits it over the cores). */
    @Benchmark
    public Object allTenModels() {
        List<Object> rows = new ArrayList<>();
        for (ModelId model : ModelId.values()) {
            rows.add(ColumnarEngine.attribute(model, set, params).groupByTouch(set.channelColumn(), CHANNELS::get));
        }
        return rows;
    }
}
