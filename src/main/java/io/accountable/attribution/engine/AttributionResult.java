package io.accountable.attribution.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The credit of every conversion under one model, with the totals that must reconcile
 * ({@code sum of credits + unattributed = total}, spec section 5).
 *
 * @param journeys              one entry per conversion, in the order given to the engine, attributed or not
 *                              (an unattributed one has no weights)
 * @param total                 value of all conversions
 * @param unattributed          value of the conversions without an eligible touch
 * @param conversions           number of conversions, attributed or not
 * @param removalEffects        {@code markov}: removal effect of every channel, sorted by channel; empty otherwise
 * @param conversionProbability {@code markov}: probability {@code P} of reaching conversion from start; null otherwise
 * @param shapleyFallbacks      {@code shapley}: conversions whose more than 12 channels made them fall back to linear
 */
public record AttributionResult(ModelId model, List<JourneyCredit> journeys, double total, double unattributed,
                                int conversions, Map<String, Double> removalEffects, Double conversionProbability,
                                int shapleyFallbacks) {

    public AttributionResult {
        Objects.requireNonNull(model, "model");
        journeys = List.copyOf(journeys);
        removalEffects = Collections.unmodifiableMap(new LinkedHashMap<>(removalEffects));
    }

    /** Sum of the credits of all touches; equals {@code total - unattributed} up to rounding. */
    public double credited() {
        double sum = 0;
        for (JourneyCredit journey : journeys) {
            sum += journey.credited();
        }
        return sum;
    }
}
