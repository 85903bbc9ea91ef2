package io.accountable.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Bootstrap intervals over accounts: deterministic, holding the estimate, narrowing with data. */
class BootstrapTest {

    private static final List<String> CHANNELS = List.of("a", "b", "c");
    private static final List<String> TYPES = List.of("web_visit");
    private static final long DAY = 86_400_000L;

    /** One account per conversion (3 touches of random channels) plus {@code paths} non-converting accounts. */
    private record Data(JourneySet set, int[] conversionUnit, int[] pathUnit, int units) {
    }

    private static Data data(int accounts, int paths, long seed, boolean sameChannel) {
        Random random = new Random(seed);
        int n = (accounts + paths) * 3;
        int[] channel = new int[n];
        long[] time = new long[n];
        for (int t = 0; t < n; t++) {
            channel[t] = sameChannel ? 0 : random.nextInt(3) == 0 ? 0 : random.nextInt(3);
            time[t] = 1_000 * DAY + (t % 3) * DAY;
        }
        JourneySet.Builder b = JourneySet.builder(channel, new byte[n], time, CHANNELS, TYPES, true);
        int[] conversionUnit = new int[accounts];
        for (int a = 0; a < accounts; a++) {
            b.conversion(a, 3 * a, 3 * a + 3, sameChannel ? 100 : 50 + random.nextInt(100), 1_003 * DAY, 1_002 * DAY,
                    Long.MIN_VALUE);
            conversionUnit[a] = a;
        }
        int[] pathUnit = new int[paths];
        for (int p = 0; p < paths; p++) {
            b.nonConverting(3 * (accounts + p), 3 * (accounts + p) + 3);
            pathUnit[p] = accounts + p;
        }
        return new Data(b.build(), conversionUnit, pathUnit, accounts + paths + 5);
    }

    private static Function<JourneySet, Map<String, Double>> statistic(ModelId model) {
        return s -> Bootstrap.credits(ColumnarEngine.attribute(model, s, ModelParams.defaults())
                .groupByTouch(s.channelColumn(), CHANNELS::get));
    }

    private static Map<String, Bootstrap.Interval> intervals(Data d, ModelId model, long seed) {
        Map<String, Double> estimate = statistic(model).apply(d.set());
        return Bootstrap.intervals(d.set(), d.conversionUnit(), d.pathUnit(), d.units(), 200, seed, 0.9,
                statistic(model), estimate);
    }

    @Test
    void shouldGiveTheSameIntervalForTheSameSeedAndHoldTheEstimate() {
        Data d = data(300, 200, 1, false);
        for (ModelId model : ModelId.values()) {
            Map<String, Double> estimate = statistic(model).apply(d.set());
            Map<String, Bootstrap.Interval> one = intervals(d, model, 99);
            assertEquals(one, intervals(d, model, 99), model + ": same seed, same interval");
            assertEquals(estimate.keySet(), one.keySet(), model + ": an interval per row");
            estimate.forEach((key, credit) -> {
                Bootstrap.Interval i = one.get(key);
                assertTrue(i.low() <= credit && credit <= i.high(), model + " " + key + ": " + i + " holds " + credit);
                assertTrue(i.high() > i.low(), model + " " + key + ": random data, a real interval " + i);
            });
            assertTrue(!one.equals(intervals(d, model, 100)), model + ": another seed, other draws");
        }
    }

    @Test
    void shouldCollapseWhenEveryAccountIsTheSame() {
        // every account: one conversion of 100 on channel a; the empty accounts draw nothing, so
        // only the number of converting accounts drawn varies
        Data d = data(50, 0, 2, true);
        Data same = new Data(d.set(), d.conversionUnit(), d.pathUnit(), 50);
        Map<String, Bootstrap.Interval> i = Bootstrap.intervals(same.set(), same.conversionUnit(), same.pathUnit(),
                same.units(), 200, 5, 0.9, statistic(ModelId.LINEAR), statistic(ModelId.LINEAR).apply(same.set()));
        assertEquals(5000, i.get("a").low(), 1e-9);
        assertEquals(5000, i.get("a").high(), 1e-9);
    }

    @Test
    void shouldNarrowWithMoreAccounts() {
        Data small = data(40, 0, 3, false);
        Data large = data(4000, 0, 3, false);
        double smallWidth = relativeWidth(small, "b");
        double largeWidth = relativeWidth(large, "b");
        assertTrue(largeWidth < smallWidth / 5, "100 times the accounts, about a tenth of the width: " + smallWidth
                + " -> " + largeWidth);
    }

    @Test
    void shouldNarrowByAboutOneOverRootTwoWhenEveryAccountIsDuplicated() {
        Data d = data(600, 300, 11, false);
        int nc = d.set().conversions();
        int np = d.set().paths();
        int[] ci = new int[2 * nc];
        int[] cu = new int[2 * nc];
        for (int c = 0; c < nc; c++) {
            ci[c] = ci[nc + c] = c;
            cu[c] = d.conversionUnit()[c];
            cu[nc + c] = d.conversionUnit()[c] + d.units();
        }
        int[] pi = new int[2 * np];
        int[] pu = new int[2 * np];
        for (int p = 0; p < np; p++) {
            pi[p] = pi[np + p] = p;
            pu[p] = d.pathUnit()[p];
            pu[np + p] = d.pathUnit()[p] + d.units();
        }
        Data twice = new Data(d.set().resample(ci, 2 * nc, pi, 2 * np), cu, pu, 2 * d.units());
        for (ModelId model : List.of(ModelId.LINEAR, ModelId.MARKOV)) {
            double ratio = 0;
            int keys = 0;
            Map<String, Bootstrap.Interval> one = intervalsOf(d, model, 1000);
            Map<String, Bootstrap.Interval> two = intervalsOf(twice, model, 1000);
            for (String key : one.keySet()) {
                // widths relative to the credit, which doubles with the data
                double w1 = (one.get(key).high() - one.get(key).low()) / statistic(model).apply(d.set()).get(key);
                double w2 = (two.get(key).high() - two.get(key).low()) / statistic(model).apply(twice.set()).get(key);
                ratio += w2 / w1;
                keys++;
            }
            ratio /= keys;
            // Markov's removal effects are ratios of path probabilities: a smooth but non-linear statistic whose
            // percentile interval approaches the 1/sqrt(n) rate more slowly than a sum of shares does
            double tolerance = model == ModelId.LINEAR ? 0.06 : 0.1;
            assertEquals(1 / Math.sqrt(2), ratio, tolerance, model + ": mean width ratio over " + keys + " channels");
        }
    }

    private static Map<String, Bootstrap.Interval> intervalsOf(Data d, ModelId model, int resamples) {
        return Bootstrap.intervals(d.set(), d.conversionUnit(), d.pathUnit(), d.units(), resamples, 3, 0.9,
                statistic(model), statistic(model).apply(d.set()));
    }

    private static double relativeWidth(Data d, String key) {
        Bootstrap.Interval i = intervals(d, ModelId.LINEAR, 7).get(key);
        return (i.high() - i.low()) / statistic(ModelId.LINEAR).apply(d.set()).get(key);
    }

    @Test
    void shouldReadQuantilesBetweenOrderStatisticsAndRefuseALevelOutsideZeroToOne() {
        assertEquals(2.5, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(1.15, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.05), 1e-12);
        assertEquals(4, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 1), 1e-12);
        Data d = data(10, 0, 4, false);
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.intervals(d.set(), d.conversionUnit(),
                d.pathUnit(), d.units(), 10, 1, 1.0, statistic(ModelId.LINEAR), Map.of()));
    }
}
