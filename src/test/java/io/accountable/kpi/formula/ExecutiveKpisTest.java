package io.accountable.kpi.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.facts.Facts;
import io.accountable.facts.FactsFixture;
import io.accountable.touchpoint.TouchType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every KPI on a data set small enough to compute by hand (the arithmetic is in the
 * comments). Period: 2026-01-01 to 2026-03-31 in UTC; target accounts A1 and A2 in scope.
 */
class ExecutiveKpisTest {

    static Facts facts;
    static boolean[] scope;
    static KpiParameters params;
    static ExecutiveKpis.Period q1 = period("2026-01-01", "2026-03-31");

    static ExecutiveKpis.Period period(String from, String to) {
        LocalDate f = LocalDate.parse(from);
        LocalDate t = LocalDate.parse(to);
        return new ExecutiveKpis.Period(f.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli(),
                t.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli(), f.toEpochDay(),
                t.toEpochDay());
    }

    @BeforeAll
    static void load() {
        facts = FactsFixture.load("kpis",
                "insert into account (id, external_id, name, tier, target) values (1, 'A1', 'One', 'one_to_one', true),"
                        + " (2, 'A2', 'Two', 'one_to_few', true), (3, 'A3', 'Three', 'one_to_many', false)",
                "insert into contact (id, external_id, account_id, role, created_at) values"
                        + " (1, 'c1', 1, 'decision_maker', '2025-12-01T00:00:00Z'), (2, 'c2', 1, 'champion', null),"
                        + " (3, 'c3', 1, 'influencer', null), (4, 'c4', 2, 'user', null), (5, 'c5', 1, 'blocker', null)",
                "insert into opportunity (id, external_id, account_id, amount, status, created_at, closed_at,"
                        + " contract_months, one_time_fees) values"
                        + " (1, 'O1', 1, 100000, 'won', '2026-01-10T00:00:00Z', '2026-02-09T00:00:00Z', 24, 10000),"
                        + " (2, 'O2', 2, 50000, 'won', '2026-01-20T00:00:00Z', '2026-03-01T00:00:00Z', null, null),"
                        + " (3, 'O3', 2, 30000, 'lost', '2026-02-01T00:00:00Z', '2026-03-15T00:00:00Z', null, null),"
                        + " (4, 'O4', 1, 20000, 'open', '2026-03-10T00:00:00Z', null, null, null),"
                        + " (5, 'O5', 3, 999, 'won', '2026-01-05T00:00:00Z', '2026-01-25T00:00:00Z', null, null),"
                        + " (6, 'O6', 1, 70000, 'won', '2025-06-01T00:00:00Z', '2025-10-01T00:00:00Z', null, null)",
                "insert into touchpoint (id, external_id, account_id, contact_id, channel, type, occurred_at,"
                        + " funnel_stage) values"
                        + " (1, 't1', 1, 1, 'paid_social', 'ad_click', '2026-01-05T00:00:00Z', 'tofu'),"
                        + " (2, 't2', 1, 2, 'email', 'email_sent', '2026-02-01T00:00:00Z', 'mofu'),"
                        + " (3, 't3', 1, 2, 'email', 'email_open', '2026-02-02T00:00:00Z', 'mofu'),"
                        + " (4, 't4', 1, 3, 'sdr_outreach', 'meeting', '2026-03-12T00:00:00Z', 'bofu'),"
                        + " (5, 't5', 2, 4, 'sdr_outreach', 'call', '2026-01-15T00:00:00Z', null),"
                        + " (6, 't6', 3, null, 'display', 'ad_impression', '2026-01-02T00:00:00Z', 'tofu')",
                "insert into cost (id, external_id, cost_date, amount, channel, category, team) values"
                        + " (1, 'k1', '2026-01-15', 10000, 'paid_social', 'media', 'marketing'),"
                        + " (2, 'k2', '2026-02-01', 20000, null, 'salaries', 'marketing'),"
                        + " (3, 'k3', '2026-02-01', 5000, 'event', 'events', 'sales'),"
                        + " (4, 'k4', '2025-12-31', 99, 'paid_social', 'media', 'marketing')",
                "insert into nps_response (id, external_id, account_id, score, responded_at) values"
                        + " (1, 'n1', 1, 10, '2026-02-15T00:00:00Z'), (2, 'n2', 2, 6, '2026-03-01T00:00:00Z'),"
                        + " (3, 'n3', 1, 8, '2026-03-02T00:00:00Z'), (4, 'n4', 3, 0, '2026-03-02T00:00:00Z')",
                "insert into stage_change (opportunity_id, stage, entered_at) values"
                        + " (1, 'prospecting', '2026-01-10T00:00:00Z'), (1, 'proposal', '2026-01-20T00:00:00Z'),"
                        + " (2, 'prospecting', '2026-01-20T00:00:00Z'), (4, 'prospecting', '2026-03-10T00:00:00Z')");
        scope = new boolean[] {true, true, false};
        params = KpiParameters.of(facts, 0.75, 0.10, 30, 180, TouchType.defaultWeights(),
                List.of("content_download", "form_fill", "email_reply", "meeting", "webinar_attended", "event_attended"),
                List.of("sdr_outreach"));
    }

    static Stream<Arguments> handComputed() {
        return Stream.of(
                Arguments.of("revenue", 150_000.0),                  // O1 100k + O2 50k; O5 is out of scope
                Arguments.of("avg_deal_size", 75_000.0),             // 150k / 2
                Arguments.of("pipeline_created", 200_000.0),         // O1 + O2 + O3 + O4
                Arguments.of("influenced_pipeline", 200_000.0),      // each has a touch in its 180-day window
                Arguments.of("sourced_pipeline", 120_000.0),         // O1 and O4 start with paid_social; O2, O3 with sdr
                Arguments.of("win_rate", 2 / 3.0),                   // won O1, O2; lost O3
                Arguments.of("sales_cycle_days", 35.0),              // 30 and 40 days
                Arguments.of("sales_cycle_days_median", 35.0),
                Arguments.of("pipeline_velocity", 4 * (2 / 3.0) * 75_000 / 35),
                Arguments.of("acv", 47_500.0),                       // (100k - 10k) / 2 years = 45k; 50k
                Arguments.of("tam", 95_000.0),                       // 2 accounts * 47.5k
                Arguments.of("cac", 15_000.0),                       // (10k media + 5k events) / 1 new customer (A2)
                Arguments.of("cac_fully_loaded", 35_000.0),          // + 20k salaries
                Arguments.of("clv", 47_500 * 0.75 / 0.10 - 15_000),  // 341,250
                Arguments.of("ltv_cac", 23.75),                      // 356,250 / 15,000
                Arguments.of("roi", 14.0),                           // (150k attributed - 10k marketing) / 10k
                Arguments.of("engaged_accounts", 2.0),
                Arguments.of("influenced_account_rate", 1.0),
                Arguments.of("account_penetration", 0.875),          // A1 3 of 4 contacts, A2 1 of 1
                Arguments.of("buying_committee_coverage", 0.5),      // A1 has 3 roles engaged, A2 one
                Arguments.of("meetings_per_account", 0.5),           // one meeting, two engaged accounts
                Arguments.of("account_conversion_rate", 1.0),        // A1 and A2 both won in the period
                Arguments.of("nps", 0.0),                            // 10 promoter, 6 detractor, 8 passive
                Arguments.of("engagement_quality", 0.2),             // 1 meeting of 5 touches
                Arguments.of("email_open_rate", 1.0),
                Arguments.of("email_click_rate", 0.0),
                Arguments.of("email_reply_rate", 0.0),
                Arguments.of("content_engagement_by_stage", 4.0));   // t1 tofu, t2 t3 mofu, t4 bofu
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handComputed")
    void shouldComputeEveryKpiAsByHand(String id, double expected) {
        ExecutiveKpis.Result result = ExecutiveKpis.compute(facts, scope, q1, params, 150_000.0);
        assertEquals(expected, result.get(id), 1e-6, id);
    }

    @Test
    void shouldAverageTheEngagementScoreAtTheEndOfThePeriod() {
        long end = q1.end() - 1;
        double day = 86_400_000.0;
        double a1 = 2 * Math.pow(2, -(end - Instant.parse("2026-01-05T00:00:00Z").toEpochMilli()) / day / 30)
                + 0 * Math.pow(2, -(end - Instant.parse("2026-02-01T00:00:00Z").toEpochMilli()) / day / 30)
                + 0.5 * Math.pow(2, -(end - Instant.parse("2026-02-02T00:00:00Z").toEpochMilli()) / day / 30)
                + 10 * Math.pow(2, -(end - Instant.parse("2026-03-12T00:00:00Z").toEpochMilli()) / day / 30);
        double a2 = 4 * Math.pow(2, -(end - Instant.parse("2026-01-15T00:00:00Z").toEpochMilli()) / day / 30);
        ExecutiveKpis.Result result = ExecutiveKpis.compute(facts, scope, q1, params, null);
        assertEquals((a1 + a2) / 2, result.get("engagement_score"), 1e-9);
        assertEquals(Engagement.Tier.COLD, Engagement.Tier.of(9.99));
        assertEquals(Engagement.Tier.WARM, Engagement.Tier.of(10));
        assertEquals(Engagement.Tier.HOT, Engagement.Tier.of(40));
        assertEquals(Engagement.Tier.ON_FIRE, Engagement.Tier.of(100));
    }

    @Test
    void shouldLeaveMeansAndRatiosBlankWhenThereIsNothingToDivide() {
        ExecutiveKpis.Result empty = ExecutiveKpis.compute(facts, scope, period("2024-01-01", "2024-01-31"), params,
                null);
        assertEquals(0.0, empty.get("revenue"));
        assertEquals(0.0, empty.get("pipeline_created"));
        assertEquals(0.0, empty.get("engaged_accounts"));
        for (String blank : List.of("avg_deal_size", "win_rate", "sales_cycle_days", "pipeline_velocity", "acv",
                "tam", "cac", "clv", "ltv_cac", "roi", "nps", "engagement_quality", "email_open_rate",
                "account_penetration", "meetings_per_account", "account_conversion_rate")) {
            assertNull(empty.get(blank), blank);
        }
    }

    @Test
    void shouldLeaveCacBlankWhenNoCostIsDatedInThePeriod() {
        // October 2025: A1 becomes a customer (O6 won on 2025-10-01) but no cost is dated then
        ExecutiveKpis.Result october = ExecutiveKpis.compute(facts, scope, period("2025-10-01", "2025-10-31"), params,
                null);
        assertEquals(70_000.0, october.get("revenue"));
        for (String blank : List.of("cac", "cac_fully_loaded", "clv", "ltv_cac")) {
            assertNull(october.get(blank), blank);
        }
    }

    @Test
    void shouldLeaveClvBlankWhenChurnIsZero() {
        KpiParameters noChurn = new KpiParameters(0.75, 0, 30, 180, params.weightByType(), params.highIntentByType(),
                params.salesByChannel());
        ExecutiveKpis.Result result = ExecutiveKpis.compute(facts, scope, q1, noChurn, null);
        assertNull(result.get("clv"));
        assertNull(result.get("ltv_cac"));
    }

    @Test
    void shouldComputeDeltasAndLeaveThemBlankAgainstZero() {
        assertEquals(0.5, Stats.delta(150.0, 100.0), 1e-12);
        assertEquals(-0.5, Stats.delta(-150.0, -100.0), 1e-12);
        assertNull(Stats.delta(10.0, 0.0));
        assertNull(Stats.delta(null, 1.0));
        assertNull(Stats.delta(1.0, null));
    }

    @Test
    void shouldRankCorrelateWithAverageRanksForTies() {
        assertEquals(1.0, Stats.spearman(new double[] {1, 2, 3}, new double[] {10, 20, 30}), 1e-12);
        assertEquals(-1.0, Stats.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        assertEquals(0.5, Stats.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 2}), 0.5);
        assertNull(Stats.spearman(new double[] {1}, new double[] {2}));
        assertNull(Stats.spearman(new double[] {1, 1}, new double[] {2, 3}));
    }

    @Test
    void shouldMeasureDaysPerStageAndFindNoBottleneckUnderFiveOpportunities() {
        List<PipelineStages.Stage> stages = PipelineStages.compute(facts, scope, q1.start(), q1.end());
        PipelineStages.Stage prospecting = stages.get(0);
        assertEquals("prospecting", prospecting.name());
        assertEquals(3, prospecting.entries());            // O1, O2, O4
        assertEquals(1, prospecting.open());               // O4 is still open at the end
        // O1: 10 days to proposal; O2: 40 days to closing
        assertEquals(25.0, prospecting.medianDays(), 1e-9);
        assertEquals(25.0, prospecting.meanDays(), 1e-9);
        assertEquals(1 / 3.0, prospecting.conversionToNext(), 1e-9);
        PipelineStages.Stage proposal = stages.get(1);
        assertEquals(20.0, proposal.medianDays(), 1e-9);   // O1: 01-20 to 02-09
        assertTrue(stages.stream().noneMatch(PipelineStages.Stage::bottleneck));
    }

    @Test
    void shouldGroupNewOpportunitiesByTheTierHeldAtCreation() {
        EngagementConversion.Result result = EngagementConversion.compute(facts, scope, q1.start(), q1.end(),
                params.weightByType(), 30);
        Map<String, EngagementConversion.TierRow> byTier = new java.util.HashMap<>();
        result.tiers().forEach(t -> byTier.put(t.tier(), t));
        // All four deals start with scores under 10 (cold); O1 and O2 were won.
        assertEquals(4, byTier.get("cold").opportunities());
        assertEquals(2, byTier.get("cold").won());
        assertEquals(0.5, byTier.get("cold").conversionRate(), 1e-12);
        assertNull(byTier.get("hot").conversionRate());
    }
}
