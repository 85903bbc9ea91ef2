package io.accountable.kpi.formula;

import io.accountable.attribution.engine.Reports;
import io.accountable.facts.Facts;
import java.util.ArrayList;
import java.util.List;

/**
 * NPS as a leading indicator: the accounts in scope grouped by the category of their latest
 * NPS answer before {@code start} (promoter 9-10, passive 7-8, detractor 0-6; two answers at
 * the same moment: the later one stored), and what their deals did in {@code [start, end)}:
 * the deals closed (won or lost), the won ones, the win rate (won / closed, blank when none
 * closed), the renewal revenue and the upsell and cross-sell revenue won. Accounts without an
 * answer before the period form the last group ({@link Reports#NONE}), so the groups add up
 * to every account in scope.
 */
public final class NpsOutcomes {

    private NpsOutcomes() {
    }

    public static final List<String> CATEGORIES = List.of("promoter", "passive", "detractor");

    public record Row(String category, int accounts, int closed, int won, double renewalRevenue,
            double upsellRevenue) {
        public Double winRate() {
            return Stats.ratio(won, closed);
        }
    }

    public record Result(List<Row> categories, Row total) {
    }

    /** The category of a score: 0 promoter, 1 passive, 2 detractor. */
    static int category(int score) {
        return score >= 9 ? 0 : score >= 7 ? 1 : 2;
    }

    public static Result compute(Facts f, boolean[] inScope, long start, long end) {
        long[] latestAt = new long[f.accountCount];
        java.util.Arrays.fill(latestAt, Long.MIN_VALUE);
        int[] group = new int[f.accountCount];
        java.util.Arrays.fill(group, 3);
        for (int n = 0; n < f.npsScore.length; n++) {
            int a = f.npsAccount[n];
            long at = f.npsRespondedAt[n];
            if (at < start && at >= latestAt[a]) {
                latestAt[a] = at;
                group[a] = category(f.npsScore[n]);
            }
        }
        Integer renewal = f.opportunityTypes.find("renewal");
        Integer upsell = f.opportunityTypes.find("upsell");
        Integer crossSell = f.opportunityTypes.find("cross_sell");
        int[] accounts = new int[4];
        int[] closed = new int[4];
        int[] won = new int[4];
        double[] renewals = new double[4];
        double[] upsells = new double[4];
        for (int a = 0; a < f.accountCount; a++) {
            if (inScope[a]) {
                accounts[group[a]]++;
            }
        }
        for (int o = 0; o < f.opportunityCount; o++) {
            int a = f.opportunityAccount[o];
            long at = f.opportunityClosedAt[o];
            if (!inScope[a] || f.opportunityStatus[o] == Facts.OPEN || at == Facts.NONE || at < start || at >= end) {
                continue;
            }
            int g = group[a];
            closed[g]++;
            if (f.opportunityStatus[o] == Facts.WON) {
                won[g]++;
                int type = f.opportunityType[o];
                if (renewal != null && type == renewal) {
                    renewals[g] += f.opportunityAmount[o];
                } else if (upsell != null && type == upsell || crossSell != null && type == crossSell) {
                    upsells[g] += f.opportunityAmount[o];
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int[] sums = new int[3];
        double[] money = new double[2];
        for (int g = 0; g < 4; g++) {
            if (g == 3 && accounts[3] == 0 && closed[3] == 0) {
                continue;
            }
            rows.add(new Row(g == 3 ? Reports.NONE : CATEGORIES.get(g), accounts[g], closed[g], won[g], renewals[g],
                    upsells[g]));
            sums[0] += accounts[g];
            sums[1] += closed[g];
            sums[2] += won[g];
            money[0] += renewals[g];
            money[1] += upsells[g];
        }
        return new Result(List.copyOf(rows), new Row("total", sums[0], sums[1], sums[2], money[0], money[1]));
    }
}
