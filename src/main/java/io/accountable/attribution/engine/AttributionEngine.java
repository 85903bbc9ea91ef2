package io.accountable.attribution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Applies one model to the conversions of a request (spec sections 3 to 5). */
public final class AttributionEngine {

    private static final double[] NO_WEIGHTS = new double[0];

    private AttributionEngine() {
    }

    /**
     * Credits every conversion.
     *
     * @param conversions        the conversions in scope, including those without an eligible touch,
     *                           which are reported as unattributed
     * @param nonConvertingPaths channel paths of the non-converting accounts in scope (spec 4);
     *                           used by {@code markov} and {@code shapley} only, {@code null} means none
     * @return one {@link JourneyCredit} per conversion, in the given order, and the totals
     */
    public static AttributionResult attribute(ModelId model, List<Journey> conversions,
                                              List<List<String>> nonConvertingPaths, ModelParams params) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(params, "params");
        List<List<String>> nonConverting = nonConvertingPaths == null ? List.of() : nonConvertingPaths;

        // Aligned with conversions, null for an unattributed one; only the data-driven models need paths.
        List<List<String>> paths = new ArrayList<>();
        List<List<String>> convertingPaths = new ArrayList<>();
        if (model.dataDriven()) {
            for (Journey journey : conversions) {
                List<String> path = journey.attributed() ? journey.channels() : null;
                paths.add(path);
                if (path != null) {
                    convertingPaths.add(path);
                }
            }
        }
        MarkovChain chain = model == ModelId.MARKOV ? MarkovChain.fit(convertingPaths, nonConverting) : null;
        ShapleyValues shapley = model == ModelId.SHAPLEY ? ShapleyValues.fit(convertingPaths, nonConverting) : null;
        // Data-driven credit depends on the path only, and paths repeat a lot across conversions.
        Map<List<String>, PathCredit> byPath = new HashMap<>();

        List<JourneyCredit> credits = new ArrayList<>(conversions.size());
        double total = 0;
        double unattributed = 0;
        int fallbacks = 0;
        int j = 0;
        for (Journey journey : conversions) {
            total += journey.value();
            if (!journey.attributed()) {
                unattributed += journey.value();
                credits.add(new JourneyCredit(journey, NO_WEIGHTS, Map.of()));
            } else if (!model.dataDriven()) {
                credits.add(new JourneyCredit(journey, RuleBasedModels.weights(model, journey, params), Map.of()));
            } else {
                List<String> path = paths.get(j);
                PathCredit credit = byPath.get(path);
                if (credit == null) {
                    credit = chain != null ? markov(path, chain) : shapley(path, shapley);
                    byPath.put(path, credit);
                }
                if (credit.fallback) {
                    fallbacks++;
                }
                credits.add(new JourneyCredit(journey, credit.weights, credit.scores));
            }
            j++;
        }
        return new AttributionResult(model, credits, total, unattributed, conversions.size(),
                chain == null ? Map.of() : chain.removalEffects(),
                chain == null ? null : chain.conversionProbability(), fallbacks);
    }

    private record PathCredit(double[] weights, Map<String, Double> scores, boolean fallback) {
    }

    private static PathCredit markov(List<String> path, MarkovChain chain) {
        Map<String, Double> effects = new HashMap<>();
        for (String channel : path) {
            effects.put(channel, chain.removalEffects().get(channel));
        }
        return new PathCredit(splitByChannel(path, effects), Map.copyOf(effects), false);
    }

    private static PathCredit shapley(List<String> path, ShapleyValues shapley) {
        Set<String> players = new LinkedHashSet<>(path);
        if (players.size() > ShapleyValues.MAX_PLAYERS) {
            double[] weights = new double[path.size()];
            RuleBasedModels.linear(weights);
            return new PathCredit(weights, Map.of(), true);
        }
        Map<String, Double> phi = shapley.phi(players);
        Map<String, Double> clipped = new HashMap<>();
        phi.forEach((channel, value) -> clipped.put(channel, Math.max(0, value)));
        return new PathCredit(splitByChannel(path, clipped), Map.copyOf(phi), false);
    }

    /**
     * The journey's distinct channels share the value in proportion to their score (equally when
     * every score is 0), and each channel's share is split equally over its touches.
     */
    static double[] splitByChannel(List<String> path, Map<String, Double> scores) {
        Map<String, Integer> touchesPerChannel = new HashMap<>();
        for (String channel : path) {
            touchesPerChannel.merge(channel, 1, Integer::sum);
        }
        double sum = 0;
        for (String channel : touchesPerChannel.keySet()) {
            sum += scores.get(channel);
        }
        double[] weights = new double[path.size()];
        for (int i = 0; i < weights.length; i++) {
            String channel = path.get(i);
            double share = sum > 0 ? scores.get(channel) / sum : 1.0 / touchesPerChannel.size();
            weights[i] = share / touchesPerChannel.get(channel);
        }
        return weights;
    }
}
