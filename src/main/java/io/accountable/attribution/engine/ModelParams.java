package io.accountable.attribution.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The analyst-editable parameters of the models (spec sections 3 and metrics "Settings").
 *
 * @param timeDecayHalfLifeDays half-life {@code h} of {@code time_decay}, in days, &gt; 0
 * @param firstShare            share {@code f} of the first touch in {@code position_based}
 * @param lastShare             share {@code l} of the last touch in {@code position_based}; {@code f + l <= 1}
 * @param typeWeights           touch-type weights of {@code custom}; a type missing from the table weighs 0
 */
public record ModelParams(double timeDecayHalfLifeDays, double firstShare, double lastShare,
                          Map<String, Double> typeWeights) {

    /** The default touch-type weights of metrics.md, also used by the engagement score. */
    public static final Map<String, Double> DEFAULT_TYPE_WEIGHTS = defaultTypeWeights();

    /** Lets shares typed as decimals (0.7 + 0.3) pass despite binary rounding. */
    private static final double SHARE_TOLERANCE = 1e-9;

    public ModelParams {
        if (!(timeDecayHalfLifeDays > 0) || Double.isInfinite(timeDecayHalfLifeDays)) {
            throw new IllegalArgumentException(
                    "Time-decay half-life must be a positive number of days, got " + timeDecayHalfLifeDays);
        }
        if (!(firstShare >= 0) || !(lastShare >= 0) || !(firstShare + lastShare <= 1 + SHARE_TOLERANCE)) {
            throw new IllegalArgumentException("Position-based shares must be non-negative with first + last <= 1, got first "
                    + firstShare + " and last " + lastShare);
        }
        Objects.requireNonNull(typeWeights, "typeWeights");
        Map<String, Double> copy = new LinkedHashMap<>();
        typeWeights.forEach((type, weight) -> {
            if (type == null) {
                throw new IllegalArgumentException("Touch-type weights contain a null type");
            }
            if (weight == null || !(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(
                        "Weight of touch type '" + type + "' must be a non-negative number, got " + weight);
            }
            copy.put(type, weight);
        });
        typeWeights = Collections.unmodifiableMap(copy);
    }

    /** Half-life 7 days, position-based 0.4 / 0.4, the default touch-type weights. */
    public static ModelParams defaults() {
        return new ModelParams(7, 0.4, 0.4, DEFAULT_TYPE_WEIGHTS);
    }

    public ModelParams withTimeDecayHalfLifeDays(double halfLifeDays) {
        return new ModelParams(halfLifeDays, firstShare, lastShare, typeWeights);
    }

    public ModelParams withPositionShares(double first, double last) {
        return new ModelParams(timeDecayHalfLifeDays, first, last, typeWeights);
    }

    public ModelParams withTypeWeights(Map<String, Double> weights) {
        return new ModelParams(timeDecayHalfLifeDays, firstShare, lastShare, weights);
    }

    /** Share {@code m = 1 - f - l} of the middle touches, never negative. */
    public double middleShare() {
        return Math.max(0, 1 - firstShare - lastShare);
    }

    /** The weight of a touch type; types the analyst did not list weigh nothing. */
    public double typeWeight(String type) {
        Double weight = typeWeights.get(type);
        return weight == null ? 0 : weight;
    }

    private static Map<String, Double> defaultTypeWeights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("meeting", 10.0);
        weights.put("event_attended", 8.0);
        weights.put("webinar_attended", 6.0);
        weights.put("form_fill", 5.0);
        weights.put("email_reply", 5.0);
        weights.put("content_download", 4.0);
        weights.put("call", 4.0);
        weights.put("ad_click", 2.0);
        weights.put("webinar_registered", 2.0);
        weights.put("email_click", 2.0);
        weights.put("web_visit", 1.0);
        weights.put("social_engagement", 1.0);
        weights.put("direct_mail", 1.0);
        weights.put("email_open", 0.5);
        weights.put("ad_impression", 0.1);
        weights.put("email_sent", 0.0);
        return Collections.unmodifiableMap(weights);
    }
}
