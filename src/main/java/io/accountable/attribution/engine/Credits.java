package io.accountable.attribution.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The credit of every conversion of a {@link JourneySet} under one model, in columns: one
 * weight per eligible touch, and the totals that reconcile ({@code credited + unattributed =
 * total}, spec section 5). Made by {@link ColumnarEngine#attribute}.
 */
public final class Credits {

    private static final Comparator<Row> ORDER =
            Comparator.comparingDouble(Row::credit).reversed().thenComparing(Row::key);

    private final ModelId model;
    private final JourneySet set;
    private final double[] weights;
    private final double total;
    private final double unattributed;
    private final Map<String, Double> removalEffects;
    private final Double conversionProbability;
    private final int shapleyFallbacks;
    /** Per channel code: Markov removal effect; null for the other models. */
    private final double[] effectByCode;
    /** Shapley: unclipped values per distinct channel set (bit mask over codes); null otherwise. */
    private final Map<Long, double[]> phiBySet;

    Credits(ModelId model, JourneySet set, double[] weights, Map<String, Double> removalEffects,
            Double conversionProbability, int shapleyFallbacks, double[] effectByCode, Map<Long, double[]> phiBySet) {
        this.model = model;
        this.set = set;
        this.weights = weights;
        double t = 0;
        double u = 0;
        for (int c = 0; c < set.conversions; c++) {
            t += set.value[c];
            if (set.length(c) == 0) {
                u += set.value[c];
            }
        }
        this.total = t;
        this.unattributed = u;
        this.removalEffects = removalEffects;
        this.conversionProbability = conversionProbability;
        this.shapleyFallbacks = shapleyFallbacks;
        this.effectByCode = effectByCode;
        this.phiBySet = phiBySet;
    }

    public ModelId model() {
        return model;
    }

    public JourneySet journeys() {
        return set;
    }

    public double total() {
        return total;
    }

    public double unattributed() {
        return unattributed;
    }

    public int conversions() {
        return set.conversions;
    }

    /** {@code markov}: removal effect of every channel, sorted by channel; empty otherwise. */
    public Map<String, Double> removalEffects() {
        return removalEffects;
    }

    /** {@code markov}: the probability of reaching conversion from start; null otherwise. */
    public Double conversionProbability() {
        return conversionProbability;
    }

    /** {@code shapley}: conversions whose more than 12 channels made them fall back to linear. */
    public int shapleyFallbacks() {
        return shapleyFallbacks;
    }

    /** Weight of touch {@code i} of conversion {@code c}. */
    public double weight(int c, int i) {
        return weights[set.offset[c] + i];
    }

    /** Sum of the credits of conversion {@code c}'s touches: its value when attributed, 0 otherwise. */
    public double credited(int c) {
        double sum = 0;
        for (int k = set.offset[c]; k < set.offset[c + 1]; k++) {
            sum += weights[k] * set.value[c];
        }
        return sum;
    }

    /** Sum of the credits of all touches. */
    public double credited() {
        double sum = 0;
        for (int c = 0; c < set.conversions; c++) {
            sum += credited(c);
        }
        return sum;
    }

    /**
     * The explanation of conversion {@code c}: for {@code markov} the removal effect of each of its
     * channels, for {@code shapley} the unclipped Shapley value of each (empty on the linear
     * fallback); empty for the other models. Sorted by channel.
     */
    public Map<String, Double> channelScores(int c) {
        Map<String, Double> scores = new TreeMap<>();
        if (set.length(c) == 0) {
            return scores;
        }
        if (effectByCode != null) {
            for (int t = set.from[c]; t < set.to[c]; t++) {
                scores.put(set.channelNames.get(set.channel[t]), effectByCode[set.channel[t]]);
            }
        } else if (phiBySet != null) {
            long mask = 0;
            for (int t = set.from[c]; t < set.to[c]; t++) {
                mask |= 1L << set.channel[t];
            }
            double[] phi = phiBySet.get(mask);
            if (phi != null) {
                int p = 0;
                for (long m = mask; m != 0; m &= m - 1) {
                    scores.put(set.channelNames.get(Long.numberOfTrailingZeros(m)), phi[p++]);
                }
            }
        }
        return scores;
    }

    /**
     * Report rows grouped by a code per touch, indexed like the shared touch columns (for example
     * the channel or campaign column); a negative code is the {@code (none)} group. Touches of
     * weight 0 are skipped, as in {@link Reports#groupBy}.
     *
     * @return rows sorted by credit descending, then key
     */
    public List<Row> groupByTouch(int[] codeOfTouch, IntFunction<String> name) {
        return groupByTouch(t -> codeOfTouch[t], name);
    }

    /** {@link #groupByTouch(int[], IntFunction)} over a byte column (the touch type). */
    public List<Row> groupByTouch(byte[] codeOfTouch, IntFunction<String> name) {
        return groupByTouch(t -> codeOfTouch[t], name);
    }

    /** Report rows grouped by a code per touch index, given by a function. */
    public List<Row> groupByTouch(java.util.function.IntUnaryOperator codeOfTouch, IntFunction<String> name) {
        Map<Integer, double[]> sums = new HashMap<>();
        double[][] dense = new double[64][];
        for (int c = 0; c < set.conversions; c++) {
            double v = set.value[c];
            int k = set.offset[c];
            for (int t = set.from[c]; t < set.to[c]; t++, k++) {
                double w = weights[k];
                if (w > 0) {
                    add(codeOfTouch.applyAsInt(t), w, v, dense, sums);
                }
            }
        }
        return rows(dense, sums, name);
    }

    /** Report rows grouped by a code per conversion (for example its account, or the account's tier). */
    public List<Row> groupByConversion(IntFunction<Integer> codeOfConversion, IntFunction<String> name) {
        Map<Integer, double[]> sums = new HashMap<>();
        double[][] dense = new double[64][];
        for (int c = 0; c < set.conversions; c++) {
            double v = set.value[c];
            int code = codeOfConversion.apply(c);
            for (int k = set.offset[c]; k < set.offset[c + 1]; k++) {
                double w = weights[k];
                if (w > 0) {
                    add(code, w, v, dense, sums);
                }
            }
        }
        return rows(dense, sums, name);
    }

    private static void add(int code, double w, double v, double[][] dense, Map<Integer, double[]> sums) {
        double[] sum;
        if (code >= 0 && code < dense.length) {
            sum = dense[code];
            if (sum == null) {
                sum = dense[code] = new double[2];
            }
        } else {
            sum = sums.computeIfAbsent(code < 0 ? -1 : code, g -> new double[2]);
        }
        sum[0] += w * v;
        sum[1] += w;
    }

    private static List<Row> rows(double[][] dense, Map<Integer, double[]> sums, IntFunction<String> name) {
        for (int code = 0; code < dense.length; code++) {
            if (dense[code] != null) {
                sums.put(code, dense[code]);
            }
        }
        Map<String, double[]> byKey = new HashMap<>();
        sums.forEach((code, sum) -> {
            String key = code < 0 ? null : name.apply(code);
            double[] into = byKey.computeIfAbsent(key == null ? Reports.NONE : key, g -> new double[2]);
            into[0] += sum[0];
            into[1] += sum[1];
        });
        List<Row> rows = new ArrayList<>(byKey.size());
        byKey.forEach((key, sum) -> rows.add(new Row(key, sum[0], sum[1])));
        rows.sort(ORDER);
        return List.copyOf(rows);
    }

    /** Estimated heap use, for caches bounded by weight. */
    public long bytes() {
        return 128 + 8L * weights.length + (phiBySet == null ? 0 : 64L * phiBySet.size());
    }
}
