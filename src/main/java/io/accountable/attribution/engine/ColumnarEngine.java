package io.accountable.attribution.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The engine of {@link AttributionEngine} on primitive columns: the models write weights into one
 * {@code double[]}, Markov counts transitions over channel codes, Shapley works on channel sets as
 * bit masks with each distinct set's values computed once. No object per touch or per journey.
 */
public final class ColumnarEngine {

    private static final double MS_PER_DAY = 86_400_000.0;

    private ColumnarEngine() {
    }

    public static Credits attribute(ModelId model, JourneySet set, ModelParams params) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(params, "params");
        double[] w = new double[set.touches()];
        return switch (model) {
            case MARKOV -> markov(set, w);
            case SHAPLEY -> set.channelNames.size() <= 64 ? shapley(set, w) : shapleyByName(set, w);
            default -> {
                double[] typeWeight = null;
                if (model == ModelId.CUSTOM) {
                    typeWeight = new double[set.typeNames.size()];
                    for (int t = 0; t < typeWeight.length; t++) {
                        typeWeight[t] = params.typeWeight(set.typeNames.get(t));
                    }
                }
                for (int c = 0; c < set.conversions; c++) {
                    if (set.length(c) > 0) {
                        ruleBased(model, set, c, params, typeWeight, w);
                    }
                }
                yield new Credits(model, set, w, Map.of(), null, 0, null, null);
            }
        };
    }

    private static void ruleBased(ModelId model, JourneySet s, int c, ModelParams params, double[] typeWeight,
                                  double[] w) {
        int o = s.offset[c];
        int n = s.length(c);
        int first = s.from[c];
        switch (model) {
            case FIRST_TOUCH -> w[o] = 1;
            case LAST_TOUCH -> w[o + n - 1] = 1;
            case LINEAR -> Arrays.fill(w, o, o + n, 1.0 / n);
            case TIME_DECAY -> {
                long youngest = Long.MIN_VALUE;
                for (int i = 0; i < n; i++) {
                    youngest = Math.max(youngest, s.time[first + i]);
                }
                // Ages from the youngest touch, as in RuleBasedModels: the ratios are the same and 2^(-age/h) cannot underflow.
                double h = params.timeDecayHalfLifeDays();
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double age = (youngest - s.time[first + i]) / MS_PER_DAY;
                    w[o + i] = Math.pow(2, -age / h);
                    sum += w[o + i];
                }
                normalise(w, o, n, sum);
            }
            case POSITION_BASED -> {
                if (n == 1) {
                    w[o] = 1;
                } else if (n == 2) {
                    w[o] = params.firstShare() + params.middleShare() / 2;
                    w[o + 1] = params.lastShare() + params.middleShare() / 2;
                } else {
                    Arrays.fill(w, o, o + n, params.middleShare() / (n - 2));
                    w[o] = params.firstShare();
                    w[o + n - 1] = params.lastShare();
                }
            }
            case W_SHAPED, FULL_PATH -> {
                double slot = model == ModelId.W_SHAPED ? RuleBasedModels.W_SHAPED_SLOT : RuleBasedModels.FULL_PATH_SLOT;
                w[o] += slot;
                if (s.lc[c] >= 0) {
                    w[o + s.lc[c] - first] += slot;
                }
                if (s.oc[c] >= 0) {
                    w[o + s.oc[c] - first] += slot;
                }
                if (model == ModelId.FULL_PATH && s.revenue) {
                    w[o + n - 1] += slot;
                }
                int withoutSlot = 0;
                for (int i = 0; i < n; i++) {
                    if (w[o + i] == 0) {
                        withoutSlot++;
                    }
                }
                if (withoutSlot > 0) {
                    double rest = RuleBasedModels.MILESTONE_REST / withoutSlot;
                    for (int i = 0; i < n; i++) {
                        if (w[o + i] == 0) {
                            w[o + i] = rest;
                        }
                    }
                }
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += w[o + i];
                }
                normalise(w, o, n, sum);
            }
            case CUSTOM -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    w[o + i] = typeWeight[s.type[first + i]];
                    sum += w[o + i];
                }
                if (sum > 0) {
                    normalise(w, o, n, sum);
                } else {
                    Arrays.fill(w, o, o + n, 1.0 / n);
                }
            }
            case MARKOV, SHAPLEY -> throw new IllegalArgumentException(model.id() + " is a data-driven model");
        }
    }

    private static void normalise(double[] w, int o, int n, double sum) {
        for (int i = o; i < o + n; i++) {
            w[i] /= sum;
        }
    }

    // ---- Markov ---------------------------------------------------------------------------------

    private static Credits markov(JourneySet s, double[] w) {
        int codes = s.channelNames.size();
        boolean[] seen = new boolean[codes];
        for (int c = 0; c < s.conversions; c++) {
            for (int t = s.from[c]; t < s.to[c]; t++) {
                seen[s.channel[t]] = true;
            }
        }
        for (int p = 0; p < s.paths; p++) {
            for (int t = s.pathFrom[p]; t < s.pathTo[p]; t++) {
                seen[s.channel[t]] = true;
            }
        }
        List<Integer> present = new ArrayList<>();
        for (int code = 0; code < codes; code++) {
            if (seen[code]) {
                present.add(code);
            }
        }
        present.sort((a, b) -> s.channelNames.get(a).compareTo(s.channelNames.get(b)));
        int k = present.size();
        int[] state = new int[codes];
        List<String> names = new ArrayList<>(k);
        for (int r = 0; r < k; r++) {
            state[present.get(r)] = r + 1;
            names.add(s.channelNames.get(present.get(r)));
        }
        int conversion = k + 1;
        int dropOut = k + 2;
        double[][] counts = new double[k + 1][k + 3];
        for (int c = 0; c < s.conversions; c++) {
            if (s.length(c) > 0) {
                counts[walk(s, s.from[c], s.to[c], state, counts)][conversion]++;
            }
        }
        for (int p = 0; p < s.paths; p++) {
            counts[walk(s, s.pathFrom[p], s.pathTo[p], state, counts)][dropOut]++;
        }
        MarkovChain chain = MarkovChain.fromCounts(names, counts);
        double[] effect = new double[codes];
        for (int r = 0; r < k; r++) {
            effect[present.get(r)] = chain.removalEffects().get(names.get(r));
        }
        int[] perChannel = new int[codes];
        for (int c = 0; c < s.conversions; c++) {
            if (s.length(c) > 0) {
                splitByChannel(s, c, effect, perChannel, w);
            }
        }
        return new Credits(ModelId.MARKOV, s, w, chain.removalEffects(), chain.conversionProbability(), 0, effect,
                null);
    }

    /** Counts the transitions of one path, consecutive repeats collapsed; returns the last state. */
    private static int walk(JourneySet s, int from, int to, int[] state, double[][] counts) {
        int at = 0;
        for (int t = from; t < to; t++) {
            int next = state[s.channel[t]];
            if (next != at) {
                counts[at][next]++;
                at = next;
            }
        }
        return at;
    }

    /**
     * As {@code AttributionEngine.splitByChannel}: the journey's distinct channels share the value in
     * proportion to their score (equally when every score is 0), each share split over its touches.
     */
    private static void splitByChannel(JourneySet s, int c, double[] scoreByCode, int[] perChannel, double[] w) {
        int first = s.from[c];
        int n = s.length(c);
        int distinct = 0;
        double sum = 0;
        for (int t = first; t < first + n; t++) {
            if (perChannel[s.channel[t]]++ == 0) {
                distinct++;
                sum += scoreByCode[s.channel[t]];
            }
        }
        int o = s.offset[c];
        for (int i = 0; i < n; i++) {
            int code = s.channel[first + i];
            double share = sum > 0 ? scoreByCode[code] / sum : 1.0 / distinct;
            w[o + i] = share / perChannel[code];
        }
        for (int t = first; t < first + n; t++) {
            perChannel[s.channel[t]] = 0;
        }
    }

    // ---- Shapley --------------------------------------------------------------------------------

    private static long mask(JourneySet s, int from, int to) {
        long mask = 0;
        for (int t = from; t < to; t++) {
            mask |= 1L << s.channel[t];
        }
        return mask;
    }

    private static Credits shapley(JourneySet s, double[] w) {
        // v(S): conversion rate of the journeys whose channel set is exactly S.
        Map<Long, long[]> counts = new HashMap<>();
        for (int c = 0; c < s.conversions; c++) {
            if (s.length(c) > 0) {
                long[] n = counts.computeIfAbsent(mask(s, s.from[c], s.to[c]), m -> new long[2]);
                n[0]++;
                n[1]++;
            }
        }
        for (int p = 0; p < s.paths; p++) {
            counts.computeIfAbsent(mask(s, s.pathFrom[p], s.pathTo[p]), m -> new long[2])[1]++;
        }
        // Only sets worth more than 0 of at most MAX_PLAYERS channels are coalitions that change a phi.
        List<long[]> coalitions = new ArrayList<>();
        counts.forEach((set, n) -> {
            if (n[0] > 0 && Long.bitCount(set) <= ShapleyValues.MAX_PLAYERS) {
                coalitions.add(new long[] {set, Double.doubleToRawLongBits((double) n[0] / n[1])});
            }
        });
        long[] sets = new long[coalitions.size()];
        double[] worth = new double[sets.length];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = coalitions.get(i)[0];
            worth[i] = Double.longBitsToDouble(coalitions.get(i)[1]);
        }
        double[] factorial = new double[ShapleyValues.MAX_PLAYERS + 1];
        factorial[0] = 1;
        for (int i = 1; i < factorial.length; i++) {
            factorial[i] = factorial[i - 1] * i;
        }

        int codes = s.channelNames.size();
        int[] perChannel = new int[codes];
        double[] clipped = new double[codes];
        Map<Long, double[]> phiBySet = new HashMap<>();
        int fallbacks = 0;
        for (int c = 0; c < s.conversions; c++) {
            int n = s.length(c);
            if (n == 0) {
                continue;
            }
            long players = mask(s, s.from[c], s.to[c]);
            int t = Long.bitCount(players);
            if (t > ShapleyValues.MAX_PLAYERS) {
                Arrays.fill(w, s.offset[c], s.offset[c] + n, 1.0 / n);
                fallbacks++;
                continue;
            }
            double[] phi = phiBySet.computeIfAbsent(players, p -> phi(p, t, sets, worth, factorial));
            int p = 0;
            for (long m = players; m != 0; m &= m - 1) {
                clipped[Long.numberOfTrailingZeros(m)] = Math.max(0, phi[p++]);
            }
            splitByChannel(s, c, clipped, perChannel, w);
        }
        return new Credits(ModelId.SHAPLEY, s, w, Map.of(), null, fallbacks, null, phiBySet);
    }

    /**
     * The Shapley value of each player (bits of {@code players}, lowest first), regrouped by
     * coalition as in {@link ShapleyValues}: {@code phi_c = sum over S containing c of coef(|S| - 1) v(S)
     * - sum over S without c of coef(|S|) v(S)}, over the observed subsets of the players.
     */
    private static double[] phi(long players, int t, long[] sets, double[] worth, double[] factorial) {
        double[] phi = new double[t];
        for (int i = 0; i < sets.length; i++) {
            long set = sets[i];
            if ((set & ~players) != 0) {
                continue;
            }
            int size = Long.bitCount(set);
            double joined = worth[i] * factorial[size - 1] * factorial[t - size] / factorial[t];
            double left = size < t ? worth[i] * factorial[size] * factorial[t - size - 1] / factorial[t] : 0;
            int p = 0;
            for (long m = players; m != 0; m &= m - 1, p++) {
                phi[p] += (set & Long.lowestOneBit(m)) != 0 ? joined : -left;
            }
        }
        return phi;
    }

    /** Shapley over channel names, for data with more than 64 channel codes (never met in practice). */
    private static Credits shapleyByName(JourneySet s, double[] w) {
        List<List<String>> converting = new ArrayList<>();
        for (int c = 0; c < s.conversions; c++) {
            converting.add(names(s, s.from[c], s.to[c]));
        }
        List<List<String>> nonConverting = new ArrayList<>();
        for (int p = 0; p < s.paths; p++) {
            nonConverting.add(names(s, s.pathFrom[p], s.pathTo[p]));
        }
        ShapleyValues game = ShapleyValues.fit(converting, nonConverting);
        int fallbacks = 0;
        int[] perChannel = new int[s.channelNames.size()];
        double[] clipped = new double[s.channelNames.size()];
        for (int c = 0; c < s.conversions; c++) {
            int n = s.length(c);
            if (n == 0) {
                continue;
            }
            Set<String> players = new LinkedHashSet<>(converting.get(c));
            if (players.size() > ShapleyValues.MAX_PLAYERS) {
                Arrays.fill(w, s.offset[c], s.offset[c] + n, 1.0 / n);
                fallbacks++;
                continue;
            }
            Map<String, Double> phi = game.phi(players);
            for (int t = s.from[c]; t < s.to[c]; t++) {
                clipped[s.channel[t]] = Math.max(0, phi.get(s.channelNames.get(s.channel[t])));
            }
            splitByChannel(s, c, clipped, perChannel, w);
        }
        return new Credits(ModelId.SHAPLEY, s, w, new LinkedHashMap<>(), null, fallbacks, null, null);
    }

    private static List<String> names(JourneySet s, int from, int to) {
        List<String> names = new ArrayList<>(to - from);
        for (int t = from; t < to; t++) {
            names.add(s.channelNames.get(s.channel[t]));
        }
        return names;
    }
}
