package io.accountable.attribution.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The credit of one conversion under one model.
 *
 * @param weights       one weight per eligible touch, aligned with {@code journey.touches()}, summing
 *                      to 1; empty for an unattributed conversion. Copied in and out, so the record is
 *                      immutable; use {@link #weight(int)} in loops.
 * @param channelScores the explanation shown to users: for {@code markov} the removal effect of each
 *                      channel of the journey, for {@code shapley} the (unclipped) Shapley value of each
 *                      channel; empty for the other models and for Shapley's linear fallback. Unordered:
 *                      the caller sorts for display
 */
public record JourneyCredit(Journey journey, double[] weights, Map<String, Double> channelScores) {

    public JourneyCredit {
        Objects.requireNonNull(journey, "journey");
        weights = weights.clone();
        channelScores = Map.copyOf(channelScores);
        if (weights.length != journey.touches().size()) {
            throw new IllegalArgumentException("Got " + weights.length + " weights for "
                    + journey.touches().size() + " touches of opportunity " + journey.opportunity().id());
        }
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public double weight(int touch) {
        return weights[touch];
    }

    /** Credit of touch {@code i}: its weight times the conversion's value. */
    public double credit(int touch) {
        return weights[touch] * journey.value();
    }

    /** Sum of the credits of the touches: the value when attributed, up to rounding; 0 otherwise. */
    public double credited() {
        double sum = 0;
        for (double w : weights) {
            sum += w * journey.value();
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JourneyCredit that && journey.equals(that.journey)
                && Arrays.equals(weights, that.weights) && channelScores.equals(that.channelScores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(journey, Arrays.hashCode(weights), channelScores);
    }

    @Override
    public String toString() {
        return "JourneyCredit[opportunity=" + journey.opportunity().id() + ", weights=" + Arrays.toString(weights)
                + ", channelScores=" + channelScores + "]";
    }
}
