package io.accountable.kpi.formula;

import io.accountable.attribution.engine.Reports;
import io.accountable.facts.Facts;
import java.util.ArrayList;
import java.util.List;

/**
 * Ad engagement of the accounts in scope by their tier: the accounts of the tier, those with an
 * ad touch ({@code ad_impression} or {@code ad_click}) in {@code [start, end)}, the ad touches,
 * the clicks among them and the click rate, clicks / ad touches (blank without ad touches).
 * The click rate divides by every ad touch rather than by impressions: a click on a search ad
 * comes without a recorded impression, so clicks / impressions could pass 1.
 */
public final class AdEngagement {

    private AdEngagement() {
    }

    public record Row(String tier, int accounts, int engagedAccounts, long touches, long clicks) {
        public Double engagedShare() {
            return Stats.ratio(engagedAccounts, accounts);
        }

        public Double clickRate() {
            return Stats.ratio(clicks, touches);
        }
    }

    /** The ABM tiers, widest attention first. */
    public static final List<String> TIERS = List.of("one_to_one", "one_to_few", "one_to_many");

    /** The tiers with accounts in scope ({@link #TIERS} first); accounts without one last ({@link Reports#NONE}). */
    public record Result(List<Row> tiers, Row total) {
    }

    public static Result compute(Facts f, boolean[] inScope, long start, long end) {
        Integer impression = f.types.find("ad_impression");
        Integer click = f.types.find("ad_click");
        int none = f.tiers.size();
        int[] accounts = new int[none + 1];
        int[] engaged = new int[none + 1];
        long[] touches = new long[none + 1];
        long[] clicks = new long[none + 1];
        for (int a = 0; a < f.accountCount; a++) {
            if (!inScope[a]) {
                continue;
            }
            int tier = f.accountTier[a] < 0 ? none : f.accountTier[a];
            accounts[tier]++;
            int hi = f.touchesEndAtOrBefore(a, end - 1);
            int lo = f.firstTouchAtOrAfter(a, start, hi);
            long mine = 0;
            for (int t = lo; t < hi; t++) {
                int type = f.touchType[t];
                boolean isClick = click != null && type == click;
                if (isClick || impression != null && type == impression) {
                    mine++;
                    if (isClick) {
                        clicks[tier]++;
                    }
                }
            }
            touches[tier] += mine;
            if (mine > 0) {
                engaged[tier]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        int[] sum = new int[2];
        long[] sumTouches = new long[2];
        List<Integer> order = new ArrayList<>();
        for (String known : TIERS) {
            Integer code = f.tiers.find(known);
            if (code != null) {
                order.add(code);
            }
        }
        for (int t = 0; t <= none; t++) {
            if (!order.contains(t)) {
                order.add(t);
            }
        }
        for (int t : order) {
            if (accounts[t] == 0) {
                continue;
            }
            rows.add(new Row(t == none ? Reports.NONE : f.tiers.value(t), accounts[t], engaged[t], touches[t],
                    clicks[t]));
            sum[0] += accounts[t];
            sum[1] += engaged[t];
            sumTouches[0] += touches[t];
            sumTouches[1] += clicks[t];
        }
        return new Result(List.copyOf(rows), new Row("total", sum[0], sum[1], sumTouches[0], sumTouches[1]));
    }
}
