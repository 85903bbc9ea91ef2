package io.accountable.kpi.formula;

import io.accountable.facts.Facts;
import java.util.Collection;
import java.util.Map;

/**
 * The settings the KPI formulas need, resolved against the dictionaries of one {@link Facts}
 * snapshot so the inner loops index arrays instead of hashing strings.
 */
public record KpiParameters(double grossMargin, double annualChurnRate, double engagementHalfLifeDays,
        Integer lookbackDays, double[] weightByType, boolean[] highIntentByType, boolean[] salesByChannel) {

    public static KpiParameters of(Facts f, double grossMargin, double annualChurnRate, double engagementHalfLifeDays,
            Integer lookbackDays, Map<String, Double> weights, Collection<String> highIntentTypes,
            Collection<String> salesChannels) {
        double[] weightByType = new double[f.types.size()];
        boolean[] highIntent = new boolean[f.types.size()];
        for (int t = 0; t < weightByType.length; t++) {
            String type = f.types.value(t);
            weightByType[t] = weights.getOrDefault(type, 0.0);
            highIntent[t] = highIntentTypes.contains(type);
        }
        boolean[] sales = new boolean[f.channels.size()];
        for (int c = 0; c < sales.length; c++) {
            sales[c] = salesChannels.contains(f.channels.value(c));
        }
        return new KpiParameters(grossMargin, annualChurnRate, engagementHalfLifeDays, lookbackDays, weightByType,
                highIntent, sales);
    }
}
