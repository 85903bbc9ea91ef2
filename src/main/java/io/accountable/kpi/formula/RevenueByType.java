package io.accountable.kpi.formula;

import io.accountable.attribution.engine.Reports;
import io.accountable.facts.Facts;
import java.util.ArrayList;
import java.util.List;

/**
 * The won revenue of the period by opportunity type: the opportunities won and closed in
 * {@code [start, end)} of accounts in scope (the deals of the {@code revenue} KPI), counted and
 * summed per type, with each type's share of the revenue (blank when nothing was won). The four
 * types of the import format are always listed; another type met, and deals without a type
 * ({@link Reports#NONE}), follow when there are any. The rows add up to the {@code revenue} KPI.
 */
public final class RevenueByType {

    private RevenueByType() {
    }

    public static final List<String> TYPES = List.of("new_business", "upsell", "cross_sell", "renewal");

    public record Row(String type, int won, double revenue, Double share) {
    }

    public record Result(List<Row> types, int won, double revenue) {
    }

    public static Result compute(Facts f, boolean[] inScope, long start, long end) {
        int none = f.opportunityTypes.size();
        int[] won = new int[none + 1];
        double[] revenue = new double[none + 1];
        int allWon = 0;
        double all = 0;
        for (int o = 0; o < f.opportunityCount; o++) {
            long closed = f.opportunityClosedAt[o];
            if (f.opportunityStatus[o] != Facts.WON || !inScope[f.opportunityAccount[o]] || closed == Facts.NONE
                    || closed < start || closed >= end) {
                continue;
            }
            int type = f.opportunityType[o] < 0 ? none : f.opportunityType[o];
            won[type]++;
            revenue[type] += f.opportunityAmount[o];
            allWon++;
            all += f.opportunityAmount[o];
        }
        List<Row> rows = new ArrayList<>();
        for (String type : TYPES) {
            Integer code = f.opportunityTypes.find(type);
            rows.add(code == null ? new Row(type, 0, 0, Stats.ratio(0, all))
                    : new Row(type, won[code], revenue[code], Stats.ratio(revenue[code], all)));
        }
        for (int t = 0; t <= none; t++) {
            if (won[t] > 0 && (t == none || !TYPES.contains(f.opportunityTypes.value(t)))) {
                rows.add(new Row(t == none ? Reports.NONE : f.opportunityTypes.value(t), won[t], revenue[t],
                        Stats.ratio(revenue[t], all)));
            }
        }
        return new Result(List.copyOf(rows), allWon, all);
    }
}
