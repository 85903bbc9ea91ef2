package io.accountable.attribution.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap intervals over accounts (docs/attribution.md, section 8): draw the
 * in-scope accounts with replacement, take every conversion and non-converting path of each
 * account drawn, recompute the statistic (a model and a grouping, so Markov and Shapley are
 * refitted every time), and read the interval off the sorted resampled values. The same seed
 * gives the same interval.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /** One key's interval. */
    public record Interval(double low, double high) {
    }

    /**
     * @param set            the journeys of the filter
     * @param conversionUnit the account (0..units-1) of each conversion of {@code set}
     * @param pathUnit       the account of each non-converting path of {@code set}
     * @param units          in-scope accounts, including those with neither (they draw nothing)
     * @param statistic      credit per key of a journey set
     * @param estimate       the statistic on {@code set} itself: every key gets an interval holding it
     * @param level          e.g. 0.9 for the 5th to 95th percentile
     */
    public static Map<String, Interval> intervals(JourneySet set, int[] conversionUnit, int[] pathUnit, int units,
            int resamples, long seed, double level, Function<JourneySet, Map<String, Double>> statistic,
            Map<String, Double> estimate) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The interval level must lie between 0 and 1: " + level);
        }
        int[][] conversionsOf = byUnit(conversionUnit, units);
        int[][] pathsOf = byUnit(pathUnit, units);
        // Each resample draws from its own generator, derived from the seed and its number, so
        // the resamples can run on every core and still give the same interval.
        @SuppressWarnings("unchecked")
        Map<String, Double>[] credits = new Map[resamples];
        java.util.stream.IntStream.range(0, resamples).parallel().forEach(r -> {
            SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (r + 1)));
            int[] ci = new int[Math.max(16, set.conversions())];
            int[] pi = new int[Math.max(16, set.paths())];
            int nc = 0;
            int np = 0;
            for (int draw = 0; draw < units; draw++) {
                int u = random.nextInt(units);
                for (int c : conversionsOf[u]) {
                    if (nc == ci.length) {
                        ci = Arrays.copyOf(ci, nc * 2);
                    }
                    ci[nc++] = c;
                }
                for (int p : pathsOf[u]) {
                    if (np == pi.length) {
                        pi = Arrays.copyOf(pi, np * 2);
                    }
                    pi[np++] = p;
                }
            }
            credits[r] = statistic.apply(set.resample(ci, nc, pi, np));
        });
        Map<String, double[]> values = new HashMap<>();
        for (int r = 0; r < resamples; r++) {
            for (Map.Entry<String, Double> e : credits[r].entrySet()) {
                values.computeIfAbsent(e.getKey(), k -> new double[resamples])[r] = e.getValue();
            }
        }
        Map<String, Interval> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : estimate.entrySet()) {
            double[] v = values.getOrDefault(e.getKey(), new double[resamples]);
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double low = quantile(sorted, (1 - level) / 2);
            double high = quantile(sorted, 1 - (1 - level) / 2);
            out.put(e.getKey(), new Interval(Math.min(low, e.getValue()), Math.max(high, e.getValue())));
        }
        return out;
    }

    /** The q-quantile of sorted values, interpolated linearly between order statistics (R type 7). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static int[][] byUnit(int[] unitOf, int units) {
        int[] count = new int[units];
        for (int u : unitOf) {
            count[u]++;
        }
        int[][] out = new int[units][];
        for (int u = 0; u < units; u++) {
            out[u] = new int[count[u]];
        }
        int[] next = new int[units];
        for (int i = 0; i < unitOf.length; i++) {
            out[unitOf[i]][next[unitOf[i]]++] = i;
        }
        return out;
    }

    /** Rows as a map of key to credit. */
    public static Map<String, Double> credits(List<Row> rows) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Row row : rows) {
            out.put(row.key(), row.credit());
        }
        return out;
    }
}
