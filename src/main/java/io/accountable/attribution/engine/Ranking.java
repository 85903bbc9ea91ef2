package io.accountable.attribution.engine;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** How much two rankings of the same keys agree (docs/attribution.md, section 9). */
public final class Ranking {

    private Ranking() {
    }

    /**
     * Kendall's tau-b between two sets of credits over the union of their keys (a key missing on
     * one side has credit 0 there): 1 when both order every pair alike, -1 when every pair is
     * reversed, ties counted as tau-b does. Null when fewer than two keys, or when one side ties
     * everything, so that no order can be compared.
     */
    public static Double kendallTau(Map<String, Double> a, Map<String, Double> b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        String[] k = keys.toArray(String[]::new);
        long concordant = 0;
        long discordant = 0;
        long tiesA = 0;
        long tiesB = 0;
        for (int i = 0; i < k.length; i++) {
            for (int j = i + 1; j < k.length; j++) {
                int sa = Double.compare(a.getOrDefault(k[i], 0.0), a.getOrDefault(k[j], 0.0));
                int sb = Double.compare(b.getOrDefault(k[i], 0.0), b.getOrDefault(k[j], 0.0));
                if (sa == 0 && sb == 0) {
                    continue;
                }
                if (sa == 0) {
                    tiesA++;
                } else if (sb == 0) {
                    tiesB++;
                } else if (sa == sb) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        double denominator = Math.sqrt((double) (concordant + discordant + tiesA) * (concordant + discordant + tiesB));
        return denominator == 0 ? null : (concordant - discordant) / denominator;
    }
}
