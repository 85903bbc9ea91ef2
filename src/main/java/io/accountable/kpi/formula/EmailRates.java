package io.accountable.kpi.formula;

import io.accountable.attribution.engine.Reports;
import io.accountable.facts.Facts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The email funnel of the period split two ways: by the touches' funnel stage and by their
 * campaign. Email touches are those of the types {@code email_sent}, {@code email_open},
 * {@code email_click} and {@code email_reply} (whatever their channel), of accounts in scope, in
 * {@code [start, end)}; each rate divides by the emails sent in the same group and is blank
 * when none was sent, as the overall rates of {@link ExecutiveKpis} do. A touch without a stage
 * (or without a campaign) counts in a row of its own, keyed {@link Reports#NONE}, so the rows
 * add up to the overall numbers.
 */
public final class EmailRates {

    private EmailRates() {
    }

    /** One group's counts and rates. {@code key} is a funnel stage or a campaign's external id. */
    public record Row(String key, String name, long sent, long opens, long clicks, long replies) {
        public Double openRate() {
            return Stats.ratio(opens, sent);
        }

        public Double clickRate() {
            return Stats.ratio(clicks, sent);
        }

        public Double replyRate() {
            return Stats.ratio(replies, sent);
        }
    }

    /**
     * @param byStage    tofu, mofu, bofu always (in that order), then the other stages met and
     *                   the touches without a stage, when there are any
     * @param byCampaign the campaigns with an email touch in the period, most emails sent first,
     *                   then the touches without a campaign, when there are any
     * @param total      every email touch of the period
     */
    public record Result(List<Row> byStage, List<Row> byCampaign, Row total) {
    }

    public static final List<String> STAGES = List.of("tofu", "mofu", "bofu");

    public static Result compute(Facts f, boolean[] inScope, long start, long end) {
        int[] kind = new int[f.types.size()];
        java.util.Arrays.fill(kind, -1);
        String[] names = {"email_sent", "email_open", "email_click", "email_reply"};
        for (int i = 0; i < names.length; i++) {
            Integer code = f.types.find(names[i]);
            if (code != null) {
                kind[code] = i;
            }
        }
        int stages = f.funnelStages.size();
        long[][] byStage = new long[stages + 1][4]; // the last: no stage
        long[][] byCampaign = new long[f.campaignId.length + 1][4]; // the last: no campaign
        boolean[] campaignSeen = new boolean[f.campaignId.length + 1];
        boolean[] stageSeen = new boolean[stages + 1];
        long[] total = new long[4];
        for (int a = 0; a < f.accountCount; a++) {
            if (!inScope[a]) {
                continue;
            }
            int hi = f.touchesEndAtOrBefore(a, end - 1);
            int lo = f.firstTouchAtOrAfter(a, start, hi);
            for (int t = lo; t < hi; t++) {
                int k = kind[f.touchType[t]];
                if (k < 0) {
                    continue;
                }
                int stage = f.touchFunnelStage[t] < 0 ? stages : f.touchFunnelStage[t];
                int campaign = f.touchCampaign[t] < 0 ? f.campaignId.length : f.touchCampaign[t];
                byStage[stage][k]++;
                stageSeen[stage] = true;
                byCampaign[campaign][k]++;
                campaignSeen[campaign] = true;
                total[k]++;
            }
        }
        List<Row> stageRows = new ArrayList<>();
        for (String s : STAGES) {
            Integer code = f.funnelStages.find(s);
            stageRows.add(code == null ? row(s, s, new long[4]) : row(s, s, byStage[code]));
        }
        for (int s = 0; s < stages; s++) {
            if (stageSeen[s] && !STAGES.contains(f.funnelStages.value(s))) {
                stageRows.add(row(f.funnelStages.value(s), f.funnelStages.value(s), byStage[s]));
            }
        }
        if (stageSeen[stages]) {
            stageRows.add(row(Reports.NONE, null, byStage[stages]));
        }
        List<Row> campaignRows = new ArrayList<>();
        for (int c = 0; c < f.campaignId.length; c++) {
            if (campaignSeen[c]) {
                campaignRows.add(row(f.campaignExternalId[c], f.campaignName[c], byCampaign[c]));
            }
        }
        campaignRows.sort(Comparator.comparingLong(Row::sent).reversed().thenComparing(Row::name,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Row::key));
        if (campaignSeen[f.campaignId.length]) {
            campaignRows.add(row(Reports.NONE, null, byCampaign[f.campaignId.length]));
        }
        return new Result(List.copyOf(stageRows), List.copyOf(campaignRows), row("total", null, total));
    }

    private static Row row(String key, String name, long[] c) {
        return new Row(key, name, c[0], c[1], c[2], c[3]);
    }
}
