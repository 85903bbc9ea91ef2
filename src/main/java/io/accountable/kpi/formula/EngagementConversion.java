package io.accountable.kpi.formula;

import io.accountable.facts.Facts;
import java.util.ArrayList;
import java.util.List;

/**
 * How engagement turns into revenue: the opportunities created in the period, grouped by the
 * engagement tier their account held at the moment of creation, and the share of them that
 * were won (by now); plus Spearman's rank correlation between the score at creation and the
 * won amount, over the won ones.
 */
public final class EngagementConversion {

    private EngagementConversion() {
    }

    public record TierRow(String tier, int opportunities, int won, Double conversionRate) {
    }

    public record Result(List<TierRow> tiers, Double spearman, int wonOpportunities) {
    }

    public static Result compute(Facts f, boolean[] inScope, long start, long end, double[] weightByType,
            double halfLifeDays) {
        int tierCount = Engagement.Tier.values().length;
        int[] opps = new int[tierCount];
        int[] won = new int[tierCount];
        List<double[]> pairs = new ArrayList<>();
        for (int o = 0; o < f.opportunityCount; o++) {
            long created = f.opportunityCreatedAt[o];
            int a = f.opportunityAccount[o];
            if (!inScope[a] || created < start || created >= end) {
                continue;
            }
            double score = Engagement.score(f, a, created, weightByType, halfLifeDays);
            int tier = Engagement.Tier.of(score).ordinal();
            opps[tier]++;
            if (f.opportunityStatus[o] == Facts.WON) {
                won[tier]++;
                pairs.add(new double[] {score, f.opportunityAmount[o]});
            }
        }
        List<TierRow> rows = new ArrayList<>();
        for (Engagement.Tier tier : Engagement.Tier.values()) {
            int t = tier.ordinal();
            rows.add(new TierRow(tier.id(), opps[t], won[t], Stats.ratio(won[t], opps[t])));
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return new Result(rows, Stats.spearman(x, y), pairs.size());
    }
}
