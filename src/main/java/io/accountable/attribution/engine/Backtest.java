package io.accountable.attribution.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Which model recovers a known truth on journeys shaped like the user's (docs/attribution.md,
 * section 10). The journeys are kept as they are (accounts, channels, order, timing); only the
 * outcomes are simulated: journey {@code j} converts with probability
 * {@code p_j = 1 / (1 + exp(-(b0 + sum_k beta_k * ln(1 + n_jk))))}, where {@code n_jk} counts
 * its touches of channel {@code k} and {@code beta_k} is the channel's true effect. The effects'
 * proportions come from the scenario (one dominant channel, even, seeded log-normal draws);
 * {@code b0} gives a journey without touches a fifth of the observed conversion rate and the
 * effects are scaled so the mean probability equals that rate. A channel's true incremental
 * share is its share of
 * {@code sum_j (p_j - p_j without channel k's touches)}. Every model then runs on the simulated
 * conversions and is scored by the mean absolute error between its channel shares of credit and
 * the true shares.
 *
 * <p>For the two data-driven models there is also a predictive check on the real outcomes: fit
 * on 80 % of the accounts, the log-loss of the conversion predictions on the other 20 % against
 * a channel-blind baseline (the training conversion rate).
 */
public final class Backtest {

    /** Simulated outcomes per scenario; their errors are averaged. */
    public static final int REPLICATES = 2;
    /**
     * The chance to convert with no touch at all, as a share of the observed rate: most B2B deals
     * follow touches, so a fifth of the rate is left to the baseline and the channels earn the rest.
     */
    static final double BASELINE_SHARE = 0.2;
    /** Prior weight (in journeys) pulling a sparse prediction towards the baseline. */
    private static final double PRIOR = 2;

    private Backtest() {
    }

    /** One model's error in one scenario or on average: mean absolute error of the channel shares (0..1). */
    public record Score(ModelId model, double meanAbsoluteError, int rank) {
    }

    /** A scenario: how the true effects were drawn, the true shares, and the models ranked by error. */
    public record Scenario(String id, String description, Map<String, Double> effects, Map<String, Double> trueShares,
            double simulatedConversions, List<Score> scores) {
    }

    /** Log-loss on held-out accounts of a data-driven model against the channel-blind baseline. */
    public record PredictiveCheck(ModelId model, int trainingJourneys, int testJourneys, double logLoss,
            double baselineLogLoss, double improvement) {
    }

    public record Result(int journeys, double observedRate, List<Scenario> scenarios, List<Score> average,
            List<PredictiveCheck> predictiveChecks) {
    }

    /** The shape of the user's data: the touches of every journey, whether it converted, and its account. */
    private record Shape(JourneySet set, int[] from, int[] to, boolean[] converted, int[] unit, int[] source,
            int codes, boolean[] present) {
        int size() {
            return from.length;
        }
    }

    /**
     * @param set            the journeys of the filter
     * @param conversionUnit the account (0..units-1) of each conversion of {@code set}
     * @param pathUnit       the account of each non-converting path of {@code set}
     */
    public static Result run(JourneySet set, int[] conversionUnit, int[] pathUnit, int units, ModelParams params,
            long seed) {
        Shape shape = shape(set, conversionUnit, pathUnit);
        int n = shape.size();
        if (n == 0) {
            return new Result(0, 0, List.of(), List.of(), List.of());
        }
        int observed = 0;
        for (boolean c : shape.converted) {
            observed += c ? 1 : 0;
        }
        double rate = (double) observed / n;
        double target = Math.min(0.9, Math.max(0.02, rate == 1 ? 0.5 : rate));
        int[][] counts = channelCounts(shape);
        List<String> presentNames = new ArrayList<>();
        for (int code = 0; code < shape.codes; code++) {
            if (shape.present[code]) {
                presentNames.add(set.channelNames.get(code));
            }
        }
        if (presentNames.isEmpty()) {
            return new Result(n, rate, List.of(), List.of(), List.of());
        }

        List<double[]> effects = List.of(dominant(shape, seed), even(shape), mixed(shape, seed));
        List<String> ids = List.of("one_dominant", "even", "mixed");
        List<String> descriptions = List.of(
                "One channel moves the chance to convert strongly, the others hardly",
                "Every channel has the same effect per touch",
                "Effects drawn at random (log-normal), some channels strong, some weak");
        List<Scenario> scenarios = new ArrayList<>();
        ModelId[] models = ModelId.values();
        double[] sumError = new double[models.length];
        for (int s = 0; s < effects.size(); s++) {
            double b0 = logit(target * BASELINE_SHARE);
            double[] beta = scaled(counts, effects.get(s), b0, target);
            double[] p = new double[n];
            double[] incremental = new double[shape.codes];
            for (int j = 0; j < n; j++) {
                double eta = b0;
                for (int k = 0; k < counts[j].length; k += 2) {
                    eta += beta[counts[j][k]] * Math.log1p(counts[j][k + 1]);
                }
                p[j] = sigmoid(eta);
                for (int k = 0; k < counts[j].length; k += 2) {
                    int code = counts[j][k];
                    incremental[code] += p[j] - sigmoid(eta - beta[code] * Math.log1p(counts[j][k + 1]));
                }
            }
            Map<String, Double> truth = shares(shape, incremental);
            final int scenario = s;
            double[][] errors = new double[REPLICATES][];
            double[] simulated = new double[REPLICATES];
            IntStream.range(0, REPLICATES).parallel().forEach(r -> {
                SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (31L * scenario + r + 1)));
                JourneySet outcome = simulate(shape, p, random);
                simulated[r] = outcome.conversions;
                double[] e = new double[models.length];
                for (int m = 0; m < models.length; m++) {
                    e[m] = meanAbsoluteError(shape, ColumnarEngine.attribute(models[m], outcome, params), truth);
                }
                errors[r] = e;
            });
            double[] error = new double[models.length];
            for (int m = 0; m < models.length; m++) {
                for (double[] e : errors) {
                    error[m] += e[m] / REPLICATES;
                }
                sumError[m] += error[m];
            }
            Map<String, Double> beta0 = new java.util.TreeMap<>();
            for (int code = 0; code < shape.codes; code++) {
                if (shape.present[code]) {
                    beta0.put(set.channelNames.get(code), beta[code]);
                }
            }
            scenarios.add(new Scenario(ids.get(s), descriptions.get(s), beta0, truth,
                    Arrays.stream(simulated).average().orElse(0), ranked(models, error)));
        }
        double[] average = new double[models.length];
        for (int m = 0; m < models.length; m++) {
            average[m] = sumError[m] / effects.size();
        }
        return new Result(n, rate, scenarios, ranked(models, average), predictiveChecks(shape, units, seed));
    }

    // ---- the shape of the data ---------------------------------------------------------------

    private static Shape shape(JourneySet set, int[] conversionUnit, int[] pathUnit) {
        int n = 0;
        for (int c = 0; c < set.conversions; c++) {
            n += set.length(c) > 0 ? 1 : 0;
        }
        n += set.paths;
        int[] from = new int[n];
        int[] to = new int[n];
        boolean[] converted = new boolean[n];
        int[] unit = new int[n];
        int[] source = new int[n];
        int j = 0;
        for (int c = 0; c < set.conversions; c++) {
            if (set.length(c) > 0) {
                from[j] = set.from[c];
                to[j] = set.to[c];
                converted[j] = true;
                unit[j] = conversionUnit[c];
                source[j] = c;
                j++;
            }
        }
        for (int p = 0; p < set.paths; p++) {
            from[j] = set.pathFrom[p];
            to[j] = set.pathTo[p];
            unit[j] = pathUnit[p];
            source[j] = -1;
            j++;
        }
        int codes = set.channelNames.size();
        boolean[] present = new boolean[codes];
        for (int k = 0; k < n; k++) {
            for (int t = from[k]; t < to[k]; t++) {
                present[set.channel[t]] = true;
            }
        }
        return new Shape(set, from, to, converted, unit, source, codes, present);
    }

    /** Per journey: pairs (channel code, touches of that channel). */
    private static int[][] channelCounts(Shape shape) {
        int[][] counts = new int[shape.size()][];
        int[] perCode = new int[shape.codes];
        int[] seen = new int[shape.codes];
        for (int j = 0; j < shape.size(); j++) {
            int distinct = 0;
            for (int t = shape.from[j]; t < shape.to[j]; t++) {
                int code = shape.set.channel[t];
                if (perCode[code]++ == 0) {
                    seen[distinct++] = code;
                }
            }
            int[] pairs = new int[2 * distinct];
            for (int d = 0; d < distinct; d++) {
                pairs[2 * d] = seen[d];
                pairs[2 * d + 1] = perCode[seen[d]];
                perCode[seen[d]] = 0;
            }
            counts[j] = pairs;
        }
        return counts;
    }

    // ---- scenarios ----------------------------------------------------------------------------

    /** The channel with the most journeys gets effect 1.5, every other 0.1. */
    private static double[] dominant(Shape shape, long seed) {
        int[] journeys = new int[shape.codes];
        for (int j = 0; j < shape.size(); j++) {
            boolean[] counted = new boolean[shape.codes];
            for (int t = shape.from[j]; t < shape.to[j]; t++) {
                int code = shape.set.channel[t];
                if (!counted[code]) {
                    counted[code] = true;
                    journeys[code]++;
                }
            }
        }
        int best = -1;
        for (int code = 0; code < shape.codes; code++) {
            if (shape.present[code] && (best < 0 || journeys[code] > journeys[best])) {
                best = code;
            }
        }
        double[] beta = new double[shape.codes];
        for (int code = 0; code < shape.codes; code++) {
            beta[code] = shape.present[code] ? (code == best ? 1.5 : 0.1) : 0;
        }
        return beta;
    }

    private static double[] even(Shape shape) {
        double[] beta = new double[shape.codes];
        for (int code = 0; code < shape.codes; code++) {
            beta[code] = shape.present[code] ? 0.5 : 0;
        }
        return beta;
    }

    /** Log-normal effects with median 0.4: exp(ln 0.4 + 0.75 z), seeded, in channel-name order. */
    private static double[] mixed(Shape shape, long seed) {
        Integer[] order = new Integer[shape.codes];
        for (int code = 0; code < shape.codes; code++) {
            order[code] = code;
        }
        Arrays.sort(order, Comparator.comparing(code -> shape.set.channelNames.get(code)));
        java.util.Random random = new java.util.Random(seed ^ 0x5DEECE66DL);
        double[] beta = new double[shape.codes];
        for (int code : order) {
            double z = random.nextGaussian();
            beta[code] = shape.present[code] ? Math.exp(Math.log(0.4) + 0.75 * z) : 0;
        }
        return beta;
    }

    /**
     * The relative effects scaled by the factor whose mean conversion probability is {@code target}
     * (bisection: the mean rises with the factor, every effect being positive).
     */
    private static double[] scaled(int[][] counts, double[] relative, double b0, double target) {
        double[] eta = new double[counts.length];
        for (int j = 0; j < counts.length; j++) {
            for (int k = 0; k < counts[j].length; k += 2) {
                eta[j] += relative[counts[j][k]] * Math.log1p(counts[j][k + 1]);
            }
        }
        double lo = 0;
        double hi = 64;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double mean = 0;
            for (double e : eta) {
                mean += sigmoid(b0 + mid * e);
            }
            if (mean / eta.length < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double factor = (lo + hi) / 2;
        double[] beta = new double[relative.length];
        for (int k = 0; k < beta.length; k++) {
            beta[k] = relative[k] * factor;
        }
        return beta;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** Draws every journey's outcome; the converted become conversions of value 1 over their own touches. */
    private static JourneySet simulate(Shape shape, double[] p, SplittableRandom random) {
        JourneySet s = shape.set;
        int n = shape.size();
        int[] from = new int[n];
        int[] to = new int[n];
        int[] lc = new int[n];
        int[] oc = new int[n];
        int[] pathFrom = new int[n];
        int[] pathTo = new int[n];
        int nc = 0;
        int np = 0;
        for (int j = 0; j < n; j++) {
            if (random.nextDouble() < p[j]) {
                from[nc] = shape.from[j];
                to[nc] = shape.to[j];
                int c = shape.source[j];
                // a real conversion keeps its milestones; a path that converts in simulation has none
                lc[nc] = c >= 0 ? s.lc[c] : -1;
                oc[nc] = c >= 0 ? s.oc[c] : shape.to[j] - 1;
                nc++;
            } else {
                pathFrom[np] = shape.from[j];
                pathTo[np] = shape.to[j];
                np++;
            }
        }
        return s.simulated(nc, from, to, lc, oc, np, pathFrom, pathTo);
    }

    private static Map<String, Double> shares(Shape shape, double[] byCode) {
        double total = 0;
        for (int code = 0; code < shape.codes; code++) {
            total += shape.present[code] ? Math.max(0, byCode[code]) : 0;
        }
        Map<String, Double> shares = new java.util.TreeMap<>();
        for (int code = 0; code < shape.codes; code++) {
            if (shape.present[code]) {
                shares.put(shape.set.channelNames.get(code), total > 0 ? Math.max(0, byCode[code]) / total : 0);
            }
        }
        return shares;
    }

    /** Mean over the channels present of |model share - true share|. */
    private static double meanAbsoluteError(Shape shape, Credits credits, Map<String, Double> truth) {
        JourneySet s = credits.journeys();
        double[] byCode = new double[shape.codes];
        for (int c = 0; c < s.conversions; c++) {
            for (int i = 0; i < s.length(c); i++) {
                byCode[s.channel[s.from[c] + i]] += credits.weight(c, i) * s.value[c];
            }
        }
        Map<String, Double> model = shares(shape, byCode);
        double sum = 0;
        for (var e : truth.entrySet()) {
            sum += Math.abs(model.get(e.getKey()) - e.getValue());
        }
        return sum / truth.size();
    }

    private static List<Score> ranked(ModelId[] models, double[] error) {
        Integer[] order = new Integer[models.length];
        for (int m = 0; m < models.length; m++) {
            order[m] = m;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(m -> error[m]).thenComparing(m -> models[m].ordinal()));
        List<Score> scores = new ArrayList<>();
        for (int r = 0; r < order.length; r++) {
            scores.add(new Score(models[order[r]], error[order[r]], r + 1));
        }
        return scores;
    }

    // ---- predictive check -------------------------------------------------------------------

    private static List<PredictiveCheck> predictiveChecks(Shape shape, int units, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        boolean[] test = new boolean[Math.max(units, 1)];
        for (int u = 0; u < units; u++) {
            test[u] = random.nextDouble() < 0.2;
        }
        int n = shape.size();
        int trainN = 0;
        int trainConverted = 0;
        for (int j = 0; j < n; j++) {
            if (!test[shape.unit[j]]) {
                trainN++;
                trainConverted += shape.converted[j] ? 1 : 0;
            }
        }
        int testN = n - trainN;
        if (trainN == 0 || testN == 0) {
            return List.of();
        }
        double base = (trainConverted + 0.5) / (trainN + 1.0);
        JourneySet s = shape.set;
        // Markov: P(convert | the path ended in state s) = P(s -> conversion) / (P(s -> conversion) + P(s -> null));
        // the transitions before the last state are the same under both outcomes and cancel.
        Map<Integer, double[]> byLast = new java.util.HashMap<>();
        // Shapley: v(S), the conversion rate of the journeys whose channel set is S.
        Map<Long, double[]> bySet = new java.util.HashMap<>();
        for (int j = 0; j < n; j++) {
            if (!test[shape.unit[j]]) {
                double y = shape.converted[j] ? 1 : 0;
                double[] last = byLast.computeIfAbsent(s.channel[shape.to[j] - 1], k -> new double[2]);
                last[0] += y;
                last[1]++;
                double[] set = bySet.computeIfAbsent(mask(s, shape.from[j], shape.to[j]), k -> new double[2]);
                set[0] += y;
                set[1]++;
            }
        }
        double markov = 0;
        double shapley = 0;
        double baseline = 0;
        for (int j = 0; j < n; j++) {
            if (test[shape.unit[j]]) {
                boolean y = shape.converted[j];
                markov += logLoss(y, smoothed(byLast.get(s.channel[shape.to[j] - 1]), base));
                shapley += logLoss(y, smoothed(bySet.get(mask(s, shape.from[j], shape.to[j])), base));
                baseline += logLoss(y, base);
            }
        }
        baseline /= testN;
        return List.of(check(ModelId.MARKOV, trainN, testN, markov / testN, baseline),
                check(ModelId.SHAPLEY, trainN, testN, shapley / testN, baseline));
    }

    private static PredictiveCheck check(ModelId model, int train, int test, double loss, double baseline) {
        return new PredictiveCheck(model, train, test, loss, baseline, baseline > 0 ? (baseline - loss) / baseline : 0);
    }

    private static double smoothed(double[] counts, double base) {
        return counts == null ? base : (counts[0] + PRIOR * base) / (counts[1] + PRIOR);
    }

    private static double logLoss(boolean converted, double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return -(converted ? Math.log(q) : Math.log(1 - q));
    }

    private static long mask(JourneySet s, int from, int to) {
        long mask = 0;
        for (int t = from; t < to; t++) {
            // beyond 64 channels codes share bits: sets merge, the check gets coarser, never wrong in kind
            mask |= 1L << (s.channel[t] & 63);
        }
        return mask;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
