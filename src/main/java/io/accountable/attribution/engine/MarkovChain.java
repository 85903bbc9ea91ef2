package io.accountable.attribution.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * First-order absorbing Markov chain over channel paths, with exact removal effects (spec section 4.1).
 *
 * <p>States are numbered {@code 0 = start}, {@code 1..k} = channels in name order, then
 * {@code conversion} and {@code null}. Absorption probabilities are the solution of
 * {@code x = Q x + b} over the transient states (start and channels), solved by Gaussian
 * elimination: {@code k + 1} solves of size {@code k + 1}, so cost grows as {@code k^4} in the
 * number of channels and not at all in the number of journeys once the transitions are counted.
 */
public final class MarkovChain {

    private final List<String> channels;
    private final double[][] counts;
    private final double[] outgoing;
    private final double conversionProbability;
    private final Map<String, Double> removalEffects;

    private MarkovChain(List<String> channels, double[][] counts) {
        this.channels = channels;
        this.counts = counts;
        this.outgoing = new double[counts.length];
        for (int from = 0; from < counts.length; from++) {
            for (double count : counts[from]) {
                outgoing[from] += count;
            }
        }
        this.conversionProbability = absorption(-1);
        Map<String, Double> effects = new LinkedHashMap<>();
        for (int c = 0; c < channels.size(); c++) {
            effects.put(channels.get(c), removalEffect(absorption(c + 1)));
        }
        this.removalEffects = Collections.unmodifiableMap(effects);
    }

    /**
     * Counts the transitions of the collapsed paths. Empty paths are no journeys and are ignored.
     * Identical paths are counted once with their multiplicity.
     */
    public static MarkovChain fit(Collection<? extends List<String>> convertingPaths,
                                  Collection<? extends List<String>> nonConvertingPaths) {
        Map<List<String>, long[]> multiplicity = new LinkedHashMap<>();
        count(convertingPaths, 0, multiplicity);
        count(nonConvertingPaths, 1, multiplicity);

        TreeSet<String> names = new TreeSet<>();
        multiplicity.keySet().forEach(names::addAll);
        List<String> channels = List.copyOf(names);
        Map<String, Integer> state = new HashMap<>();
        for (int c = 0; c < channels.size(); c++) {
            state.put(channels.get(c), c + 1);
        }
        int conversion = channels.size() + 1;
        int dropOut = channels.size() + 2;

        double[][] counts = new double[channels.size() + 1][channels.size() + 3];
        multiplicity.forEach((path, times) -> {
            int from = 0;
            for (String channel : path) {
                int to = state.get(channel);
                // Consecutive repeats collapse: a a b is a b.
                if (to != from) {
                    counts[from][to] += times[0] + times[1];
                    from = to;
                }
            }
            counts[from][conversion] += times[0];
            counts[from][dropOut] += times[1];
        });
        return new MarkovChain(channels, counts);
    }

    /**
     * A chain from transitions already counted: {@code channels} in name order, {@code counts[from][to]}
     * over the states described in the class comment. Used by the columnar engine, which counts over
     * channel codes.
     */
    static MarkovChain fromCounts(List<String> channels, double[][] counts) {
        return new MarkovChain(List.copyOf(channels), counts);
    }

    private static void count(Collection<? extends List<String>> paths, int slot, Map<List<String>, long[]> into) {
        for (List<String> path : paths) {
            if (!path.isEmpty()) {
                into.computeIfAbsent(path, p -> new long[2])[slot]++;
            }
        }
    }

    /** The channels of the chain, in name order. */
    public List<String> channels() {
        return channels;
    }

    /** {@code P}: the probability of reaching conversion from start. */
    public double conversionProbability() {
        return conversionProbability;
    }

    /** {@code RE_c = 1 - P_without_c / P} of every channel, sorted by channel; all 0 when {@code P = 0}. */
    public Map<String, Double> removalEffects() {
        return removalEffects;
    }

    private double removalEffect(double withoutChannel) {
        if (conversionProbability <= 0) {
            return 0;
        }
        // Removing a channel can only lower P, so RE lies in [0, 1]; clamping hides rounding noise
        // such as -1e-17 that users would otherwise see.
        return Math.min(1, Math.max(0, 1 - withoutChannel / conversionProbability));
    }

    /**
     * Probability of absorption in conversion from start. Redirecting every transition into the
     * removed state to null is the same as fixing that state's absorption probability at 0.
     */
    private double absorption(int removed) {
        int m = counts.length;
        int conversion = m;
        double[][] a = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            a[i][i] = 1;
            if (i == removed || outgoing[i] == 0) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                a[i][j] -= counts[i][j] / outgoing[i];
            }
            a[i][m] = counts[i][conversion] / outgoing[i];
        }
        return solve(a)[0];
    }

    /**
     * Gaussian elimination with partial pivoting on the augmented matrix. {@code I - Q} is
     * non-singular because every state that has outgoing transitions lies on an observed path that
     * ends in an absorbing state.
     */
    private static double[] solve(double[][] a) {
        int m = a.length;
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int row = col + 1; row < m; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < m; row++) {
                double factor = a[row][col] / a[col][col];
                if (factor != 0) {
                    for (int k = col; k <= m; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[] x = new double[m];
        for (int row = m - 1; row >= 0; row--) {
            double sum = a[row][m];
            for (int k = row + 1; k < m; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }

    @Override
    public String toString() {
        return "MarkovChain[P=" + conversionProbability + ", removalEffects=" + removalEffects + "]";
    }
}
