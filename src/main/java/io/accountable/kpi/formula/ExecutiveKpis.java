package io.accountable.kpi.formula;

import io.accountable.facts.Facts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every scalar KPI of metrics.md for one period, computed in one pass per kind of record over
 * the {@link Facts} arrays (no query, no per-row object). A value of {@code null} is blank:
 * a mean, median or ratio over nothing. Sums and counts over nothing are 0.
 *
 * <p>Choices where the spec leaves room, written down here and in the README:
 * <ul>
 * <li>Costs belong to no account, so CAC and ROI use every cost dated in the period whatever
 * the account filters.</li>
 * <li>{@code cac} counts the program costs (categories media, content, events, other and
 * uncategorised) of both teams; {@code cac_fully_loaded} adds overhead, tools and salaries.</li>
 * <li>{@code roi} divides by the marketing team's program costs, the same basis as {@code cac}.</li>
 * <li>{@code cac} is blank when no cost at all is dated in the period; {@code cac_fully_loaded}
 * with it.</li>
 * <li>{@code clv} is blank when churn is 0 or when {@code acv} or {@code cac} is blank.</li>
 * <li>{@code content_engagement_by_stage} as a number is the count of touches with a funnel
 * stage; the counts and shares per stage are in {@link Result#funnel()}.</li>
 * </ul>
 */
public final class ExecutiveKpis {

    public static final String[] IDS = {"revenue", "avg_deal_size", "revenue_growth", "pipeline_created",
            "influenced_pipeline", "sourced_pipeline", "win_rate", "sales_cycle_days", "sales_cycle_days_median",
            "pipeline_velocity", "acv", "tam", "cac", "cac_fully_loaded", "clv", "ltv_cac", "roi", "engaged_accounts",
            "influenced_account_rate", "account_penetration", "buying_committee_coverage", "meetings_per_account",
            "engagement_score", "account_conversion_rate", "nps", "engagement_quality", "email_open_rate",
            "email_click_rate", "email_reply_rate", "content_engagement_by_stage"};

    private static final double DAY_MS = 86_400_000.0;

    private ExecutiveKpis() {
    }

    /**
     * The period: instants {@code [start, end)} for records with a moment, epoch days
     * {@code [fromDay, toDay]} for costs (which carry a date).
     */
    public record Period(long start, long end, long fromDay, long toDay) {
        boolean contains(long millis) {
            return millis != Facts.NONE && millis >= start && millis < end;
        }
    }

    /** Counts and shares of touches by funnel stage. */
    public record Funnel(long tofu, long mofu, long bofu) {
        public long total() {
            return tofu + mofu + bofu;
        }

        public Double share(long count) {
            return Stats.ratio(count, total());
        }
    }

    public record Result(Map<String, Double> values, Funnel funnel, int newCustomers, double marketingCost) {
        public Double get(String id) {
            return values.get(id);
        }
    }

    /**
     * @param attributedRevenue credited revenue of the selected attribution model for the
     *                          same period and scope (unattributed excluded); null leaves ROI blank
     */
    public static Result compute(Facts f, boolean[] inScope, Period p, KpiParameters k, Double attributedRevenue) {
        return compute(f, inScope, p, k, attributedRevenue,
                new Engagement.Index(f, k.weightByType(), k.engagementHalfLifeDays()));
    }

    /** The same, with the engagement scores read from an index built once for these facts and settings. */
    public static Result compute(Facts f, boolean[] inScope, Period p, KpiParameters k, Double attributedRevenue,
            Engagement.Index engagement) {
        if (!engagement.answers(f, k.weightByType(), k.engagementHalfLifeDays())) {
            throw new IllegalArgumentException("The engagement index was built for other facts or settings");
        }
        Map<String, Double> v = new LinkedHashMap<>();
        int accountsInScope = 0;
        for (boolean in : inScope) {
            if (in) {
                accountsInScope++;
            }
        }

        // ---- opportunities
        double revenue = 0;
        int won = 0;
        int lost = 0;
        double pipeline = 0;
        int created = 0;
        double influenced = 0;
        double sourced = 0;
        double[] cycles = new double[f.opportunityCount];
        double[] annual = new double[f.opportunityCount];
        boolean[] wonAccount = new boolean[f.accountCount];
        long lookbackMs = k.lookbackDays() == null ? -1 : k.lookbackDays() * 86_400_000L;
        for (int o = 0; o < f.opportunityCount; o++) {
            int a = f.opportunityAccount[o];
            if (!inScope[a]) {
                continue;
            }
            long closed = f.opportunityClosedAt[o];
            if (p.contains(closed)) {
                if (f.opportunityStatus[o] == Facts.WON) {
                    revenue += f.opportunityAmount[o];
                    cycles[won] = (closed - f.opportunityCreatedAt[o]) / DAY_MS;
                    int months = f.opportunityContractMonths[o] > 0 ? f.opportunityContractMonths[o] : 12;
                    annual[won] = (f.opportunityAmount[o] - f.opportunityOneTimeFees[o]) / (months / 12.0);
                    won++;
                    wonAccount[a] = true;
                } else if (f.opportunityStatus[o] == Facts.LOST) {
                    lost++;
                }
            }
            long createdAt = f.opportunityCreatedAt[o];
            if (p.contains(createdAt)) {
                created++;
                double amount = f.opportunityAmount[o];
                pipeline += amount;
                int lo = lookbackMs < 0 ? f.touchStart[a] : f.firstTouchAtOrAfter(a, createdAt - lookbackMs);
                int hi = f.touchesEndAtOrBefore(a, createdAt);
                if (hi > lo) {
                    influenced += amount;
                    if (!k.salesByChannel()[f.touchChannel[lo]]) {
                        sourced += amount;
                    }
                }
            }
        }
        Double avgDeal = Stats.ratio(revenue, won);
        Double winRate = Stats.ratio(won, won + lost);
        Double cycle = Stats.mean(cycles, won);
        Double acv = Stats.mean(annual, won);
        v.put("revenue", revenue);
        v.put("avg_deal_size", avgDeal);
        v.put("revenue_growth", null);
        v.put("pipeline_created", pipeline);
        v.put("influenced_pipeline", influenced);
        v.put("sourced_pipeline", sourced);
        v.put("win_rate", winRate);
        v.put("sales_cycle_days", cycle);
        v.put("sales_cycle_days_median", Stats.median(cycles, won));
        v.put("pipeline_velocity", winRate == null || avgDeal == null || cycle == null || cycle == 0 ? null
                : created * winRate * avgDeal / cycle);
        v.put("acv", acv);
        v.put("tam", acv == null ? null : accountsInScope * acv);

        // ---- new customers: accounts in scope whose first won opportunity closed in the period
        long[] firstWon = new long[f.accountCount];
        java.util.Arrays.fill(firstWon, Long.MAX_VALUE);
        for (int o = 0; o < f.opportunityCount; o++) {
            if (f.opportunityStatus[o] == Facts.WON && f.opportunityClosedAt[o] != Facts.NONE) {
                int a = f.opportunityAccount[o];
                firstWon[a] = Math.min(firstWon[a], f.opportunityClosedAt[o]);
            }
        }
        int newCustomers = 0;
        for (int a = 0; a < f.accountCount; a++) {
            if (inScope[a] && firstWon[a] != Long.MAX_VALUE && p.contains(firstWon[a])) {
                newCustomers++;
            }
        }

        // ---- costs (dated; not account-scoped)
        double programCosts = 0;
        double allCosts = 0;
        double marketingProgram = 0;
        int datedCosts = 0;
        for (int c = 0; c < f.costDate.length; c++) {
            if (f.costDate[c] < p.fromDay() || f.costDate[c] > p.toDay()) {
                continue;
            }
            datedCosts++;
            String category = f.categories.value(f.costCategory[c]);
            boolean loaded = "overhead".equals(category) || "tools".equals(category) || "salaries".equals(category);
            allCosts += f.costAmount[c];
            if (!loaded) {
                programCosts += f.costAmount[c];
                if ("marketing".equals(f.teams.value(f.costTeam[c]))) {
                    marketingProgram += f.costAmount[c];
                }
            }
        }
        // no cost dated in the period is "no data", not a free customer: cac (and so the fully
        // loaded one, clv and ltv_cac) is blank
        Double cac = datedCosts == 0 ? null : Stats.ratio(programCosts, newCustomers);
        v.put("cac", cac);
        v.put("cac_fully_loaded", cac == null ? null : Stats.ratio(allCosts, newCustomers));
        Double clv = acv == null || cac == null || k.annualChurnRate() == 0 ? null
                : acv * k.grossMargin() / k.annualChurnRate() - cac;
        v.put("clv", clv);
        v.put("ltv_cac", clv == null ? null : Stats.ratio(clv + cac, cac));
        v.put("roi", attributedRevenue == null ? null : Stats.ratio(attributedRevenue - marketingProgram, marketingProgram));

        // ---- relationships: touches in the period, per account
        int[] contactsPerAccount = new int[f.accountCount];
        for (int c = 0; c < f.contactCount; c++) {
            contactsPerAccount[f.contactAccount[c]]++;
        }
        int engaged = 0;
        double penetrationSum = 0;
        int penetrationCount = 0;
        int committees = 0;
        long meetings = 0;
        long touches = 0;
        long highIntent = 0;
        long sent = 0;
        long opens = 0;
        long clicks = 0;
        long replies = 0;
        long tofu = 0;
        long mofu = 0;
        long bofu = 0;
        Integer meeting = f.types.find("meeting");
        Integer emailSent = f.types.find("email_sent");
        Integer emailOpen = f.types.find("email_open");
        Integer emailClick = f.types.find("email_click");
        Integer emailReply = f.types.find("email_reply");
        Integer stageTofu = f.funnelStages.find("tofu");
        Integer stageMofu = f.funnelStages.find("mofu");
        Integer stageBofu = f.funnelStages.find("bofu");
        java.util.BitSet engagedContacts = new java.util.BitSet(f.contactCount);
        java.util.BitSet roles = new java.util.BitSet();
        double scoreSum = 0;
        for (int a = 0; a < f.accountCount; a++) {
            if (!inScope[a]) {
                continue;
            }
            int hi = f.touchesEndAtOrBefore(a, p.end() - 1);
            scoreSum += engagement.score(a, p.end() - 1, hi);
            int lo = f.firstTouchAtOrAfter(a, p.start(), hi);
            if (hi <= lo) {
                continue;
            }
            engaged++;
            int distinctContacts = 0;
            roles.clear();
            for (int t = lo; t < hi; t++) {
                touches++;
                int type = f.touchType[t];
                if (k.highIntentByType()[type]) {
                    highIntent++;
                }
                if (is(meeting, type)) {
                    meetings++;
                } else if (is(emailSent, type)) {
                    sent++;
                } else if (is(emailOpen, type)) {
                    opens++;
                } else if (is(emailClick, type)) {
                    clicks++;
                } else if (is(emailReply, type)) {
                    replies++;
                }
                int stage = f.touchFunnelStage[t];
                if (is(stageTofu, stage)) {
                    tofu++;
                } else if (is(stageMofu, stage)) {
                    mofu++;
                } else if (is(stageBofu, stage)) {
                    bofu++;
                }
                int contact = f.touchContact[t];
                if (contact >= 0 && !engagedContacts.get(contact)) {
                    engagedContacts.set(contact);
                    distinctContacts++;
                    if (f.contactRole[contact] >= 0) {
                        roles.set(f.contactRole[contact]);
                    }
                }
            }
            if (contactsPerAccount[a] > 0) {
                penetrationSum += (double) distinctContacts / contactsPerAccount[a];
                penetrationCount++;
            }
            if (roles.cardinality() >= 3) {
                committees++;
            }
        }
        int accountsWon = 0;
        for (int a = 0; a < f.accountCount; a++) {
            if (wonAccount[a]) {
                accountsWon++;
            }
        }
        v.put("engaged_accounts", (double) engaged);
        v.put("influenced_account_rate", Stats.ratio(engaged, accountsInScope));
        v.put("account_penetration", Stats.ratio(penetrationSum, penetrationCount));
        v.put("buying_committee_coverage", Stats.ratio(committees, engaged));
        v.put("meetings_per_account", Stats.ratio(meetings, engaged));
        v.put("engagement_score", Stats.ratio(scoreSum, accountsInScope));
        v.put("account_conversion_rate", Stats.ratio(accountsWon, engaged));

        // ---- reputation
        int responses = 0;
        int promoters = 0;
        int detractors = 0;
        for (int n = 0; n < f.npsScore.length; n++) {
            if (inScope[f.npsAccount[n]] && p.contains(f.npsRespondedAt[n])) {
                responses++;
                if (f.npsScore[n] >= 9) {
                    promoters++;
                } else if (f.npsScore[n] <= 6) {
                    detractors++;
                }
            }
        }
        v.put("nps", responses == 0 ? null : 100.0 * (promoters - detractors) / responses);
        v.put("engagement_quality", Stats.ratio(highIntent, touches));
        v.put("email_open_rate", Stats.ratio(opens, sent));
        v.put("email_click_rate", Stats.ratio(clicks, sent));
        v.put("email_reply_rate", Stats.ratio(replies, sent));
        v.put("content_engagement_by_stage", (double) (tofu + mofu + bofu));
        return new Result(v, new Funnel(tofu, mofu, bofu), newCustomers, marketingProgram);
    }

    private static boolean is(Integer code, int value) {
        return code != null && code == value;
    }
}
