package io.accountable.kpi.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.facts.Facts;
import io.accountable.facts.FactsFixture;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engagement cards' formulas on a data set small enough to compute by hand (the arithmetic
 * is in the comments). Period: 2026-01-01 to 2026-03-31 in UTC; A1, A2 and A4 in scope, A3 not.
 */
class EngagementCardsTest {

    static Facts facts;
    static boolean[] scope = {true, true, false, true};
    static long start = millis("2026-01-01");
    static long end = millis("2026-04-01");

    static long millis(String day) {
        return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @BeforeAll
    static void load() {
        facts = FactsFixture.load("engagement",
                "insert into account (id, external_id, name, tier, target) values (1, 'A1', 'One', 'one_to_one', true),"
                        + " (2, 'A2', 'Two', 'one_to_few', true), (3, 'A3', 'Three', 'one_to_many', false),"
                        + " (4, 'A4', 'Four', null, true)",
                "insert into campaign (id, external_id, name, channel) values (1, 'C1', 'Email Q1', 'email'),"
                        + " (2, 'C2', 'Ebook', 'content_syndication'), (3, 'C3', 'Webinar', 'webinar')",
                "insert into touchpoint (id, external_id, account_id, campaign_id, channel, type, occurred_at,"
                        + " funnel_stage) values"
                        + " (1, 't1', 1, 1, 'email', 'email_sent', '2026-01-05T00:00:00Z', 'tofu'),"
                        + " (2, 't2', 1, 1, 'email', 'email_open', '2026-01-06T00:00:00Z', 'tofu'),"
                        + " (3, 't3', 1, 1, 'email', 'email_click', '2026-01-06T12:00:00Z', 'tofu'),"
                        + " (4, 't4', 1, 1, 'email', 'email_sent', '2026-02-01T00:00:00Z', 'mofu'),"
                        + " (5, 't5', 1, null, 'email', 'email_sent', '2026-02-02T00:00:00Z', 'mofu'),"
                        + " (6, 't6', 1, null, 'email', 'email_open', '2026-02-03T00:00:00Z', 'mofu'),"
                        + " (7, 't7', 1, null, 'email', 'email_reply', '2026-02-04T00:00:00Z', 'mofu'),"
                        + " (8, 't8', 1, 2, 'content_syndication', 'content_download', '2025-12-20T00:00:00Z', 'mofu'),"
                        + " (9, 't9', 1, 2, 'content_syndication', 'content_download', '2026-01-08T00:00:00Z', 'mofu'),"
                        + " (10, 't10', 1, 3, 'webinar', 'webinar_attended', '2026-03-20T00:00:00Z', 'mofu'),"
                        + " (11, 't11', 1, null, 'display', 'ad_impression', '2026-01-03T00:00:00Z', 'tofu'),"
                        + " (12, 't12', 1, null, 'paid_social', 'ad_click', '2026-01-04T00:00:00Z', 'tofu'),"
                        + " (13, 't13', 2, 1, 'email', 'email_sent', '2026-03-01T00:00:00Z', null),"
                        + " (14, 't14', 2, null, 'display', 'ad_impression', '2026-01-15T00:00:00Z', 'tofu'),"
                        + " (15, 't15', 2, 2, 'content_syndication', 'content_download', '2026-02-10T00:00:00Z', 'mofu'),"
                        + " (16, 't16', 2, 3, 'webinar', 'webinar_registered', '2026-02-12T00:00:00Z', 'mofu'),"
                        + " (17, 't17', 3, 1, 'email', 'email_sent', '2026-01-10T00:00:00Z', 'tofu'),"
                        + " (18, 't18', 3, 1, 'email', 'email_open', '2026-01-11T00:00:00Z', 'tofu'),"
                        + " (19, 't19', 3, 2, 'content_syndication', 'content_download', '2026-01-12T00:00:00Z', 'mofu'),"
                        + " (20, 't20', 3, null, 'paid_social', 'ad_click', '2026-01-13T00:00:00Z', 'tofu')",
                "insert into opportunity (id, external_id, account_id, amount, status, type, created_at, closed_at)"
                        + " values"
                        + " (1, 'O1', 1, 100000, 'won', 'new_business', '2026-01-10T00:00:00Z', '2026-03-01T00:00:00Z'),"
                        + " (2, 'O2', 2, 50000, 'open', 'upsell', '2026-02-15T00:00:00Z', null),"
                        + " (3, 'O3', 3, 999, 'won', 'upsell', '2026-01-20T00:00:00Z', '2026-02-01T00:00:00Z'),"
                        + " (4, 'O4', 1, 30000, 'won', 'renewal', '2025-11-01T00:00:00Z', '2026-02-20T00:00:00Z'),"
                        + " (5, 'O5', 2, 20000, 'won', 'cross_sell', '2025-12-01T00:00:00Z', '2026-03-10T00:00:00Z'),"
                        + " (6, 'O6', 2, 40000, 'lost', 'new_business', '2025-10-01T00:00:00Z', '2026-01-20T00:00:00Z'),"
                        + " (7, 'O7', 1, 10000, 'won', null, '2025-12-01T00:00:00Z', '2026-03-15T00:00:00Z')",
                "insert into nps_response (id, external_id, account_id, score, responded_at) values"
                        + " (1, 'n1', 1, 10, '2025-10-01T00:00:00Z'), (2, 'n2', 1, 6, '2025-12-15T00:00:00Z'),"
                        + " (3, 'n3', 1, 10, '2026-02-01T00:00:00Z'), (4, 'n4', 2, 8, '2025-11-01T00:00:00Z'),"
                        + " (5, 'n5', 4, 9, '2026-01-15T00:00:00Z'), (6, 'n6', 3, 10, '2025-12-01T00:00:00Z')");
    }

    private static void assertRow(EmailRates.Row r, long sent, long opens, long clicks, long replies) {
        assertEquals(List.of(sent, opens, clicks, replies), List.of(r.sent(), r.opens(), r.clicks(), r.replies()),
                r.key());
    }

    @Test
    void shouldSplitTheEmailRatesByStageAndByCampaign() {
        EmailRates.Result r = EmailRates.compute(facts, scope, start, end);
        // A3's email is out of scope; t13 has no stage
        assertEquals(List.of("tofu", "mofu", "bofu", "(none)"), r.byStage().stream().map(EmailRates.Row::key).toList());
        assertRow(r.byStage().get(0), 1, 1, 1, 0);       // t1 t2 t3
        assertEquals(1.0, r.byStage().get(0).openRate());
        assertEquals(1.0, r.byStage().get(0).clickRate());
        assertEquals(0.0, r.byStage().get(0).replyRate());
        assertRow(r.byStage().get(1), 2, 1, 0, 1);       // t4 t5 sent, t6 open, t7 reply
        assertEquals(0.5, r.byStage().get(1).openRate());
        assertEquals(0.5, r.byStage().get(1).replyRate());
        assertRow(r.byStage().get(2), 0, 0, 0, 0);       // nothing at the bottom: blank rates
        assertNull(r.byStage().get(2).openRate());
        assertNull(r.byStage().get(2).clickRate());
        assertRow(r.byStage().get(3), 1, 0, 0, 0);       // t13
        assertRow(r.total(), 4, 2, 1, 1);
        assertEquals(0.5, r.total().openRate());

        // C1: t1 t4 t13 sent, t2 opened, t3 clicked; t5 t6 t7 have no campaign
        assertEquals(List.of("C1", "(none)"), r.byCampaign().stream().map(EmailRates.Row::key).toList());
        assertEquals("Email Q1", r.byCampaign().get(0).name());
        assertRow(r.byCampaign().get(0), 3, 1, 1, 0);
        assertEquals(1 / 3.0, r.byCampaign().get(0).openRate(), 1e-12);
        assertRow(r.byCampaign().get(1), 1, 1, 0, 1);
        for (List<EmailRates.Row> rows : List.of(r.byStage(), r.byCampaign())) {
            assertEquals(r.total().sent(), rows.stream().mapToLong(EmailRates.Row::sent).sum());
            assertEquals(r.total().opens(), rows.stream().mapToLong(EmailRates.Row::opens).sum());
            assertEquals(r.total().clicks(), rows.stream().mapToLong(EmailRates.Row::clicks).sum());
            assertEquals(r.total().replies(), rows.stream().mapToLong(EmailRates.Row::replies).sum());
            rows.forEach(x -> java.util.Arrays.asList(x.openRate(), x.clickRate(), x.replyRate()).forEach(
                    rate -> assertTrue(rate == null || rate >= 0 && rate <= 1, x.key())));
        }
    }

    @Test
    void shouldRankTheContentAssetsByTheirInfluencedPipeline() {
        ContentAssets.Result r = ContentAssets.compute(facts, scope, start, end, 180);
        assertEquals(List.of("C2", "C3"), r.assets().stream().map(ContentAssets.Asset::key).toList());
        ContentAssets.Asset ebook = r.assets().get(0);
        assertEquals(2, ebook.downloads());              // t9 (A1) and t15 (A2); t8 is before the period, t19 out of scope
        assertEquals(0, ebook.webinarTouches());
        assertEquals(2, ebook.accounts());
        assertEquals(2, ebook.influencedOpportunities()); // O1 (t8, t9 counted once) and O2 (t15)
        assertEquals(150_000, ebook.influencedPipeline());
        ContentAssets.Asset webinar = r.assets().get(1);
        assertEquals(0, webinar.downloads());
        assertEquals(2, webinar.webinarTouches());       // t10, t16
        assertEquals(1, webinar.influencedOpportunities()); // O2 (t16); t10 comes after O1's creation
        assertEquals(50_000, webinar.influencedPipeline());
        // each opportunity once in the total: O1 + O2, not 150k + 50k
        assertEquals(2, r.influencedOpportunities());
        assertEquals(150_000, r.influencedPipeline());
        assertEquals(2, r.downloads());
        assertEquals(2, r.webinarTouches());

        // a 4-day lookback: O1 sees t9 only, O2 sees t16 only (t15 is 5 days before)
        ContentAssets.Result short4 = ContentAssets.compute(facts, scope, start, end, 4);
        assertEquals(100_000, short4.assets().get(0).influencedPipeline());
        assertEquals(50_000, short4.assets().get(1).influencedPipeline());
        assertEquals(150_000, short4.influencedPipeline());
        // no lookback at all: every touch before the creation
        assertEquals(150_000, ContentAssets.compute(facts, scope, start, end, null).assets().get(0).influencedPipeline());
    }

    @Test
    void shouldCountTheAdEngagementOfTheAccountsByTier() {
        AdEngagement.Result r = AdEngagement.compute(facts, scope, start, end);
        // one_to_many only has A3, out of scope; A4 has no tier
        assertEquals(List.of("one_to_one", "one_to_few", "(none)"), r.tiers().stream().map(AdEngagement.Row::tier)
                .toList());
        assertEquals(new AdEngagement.Row("one_to_one", 1, 1, 2, 1), r.tiers().get(0)); // t11, t12
        assertEquals(0.5, r.tiers().get(0).clickRate());
        assertEquals(new AdEngagement.Row("one_to_few", 1, 1, 1, 0), r.tiers().get(1)); // t14
        assertEquals(0.0, r.tiers().get(1).clickRate());
        assertEquals(new AdEngagement.Row("(none)", 1, 0, 0, 0), r.tiers().get(2));
        assertNull(r.tiers().get(2).clickRate());
        assertEquals(0.0, r.tiers().get(2).engagedShare());
        assertEquals(new AdEngagement.Row("total", 3, 2, 3, 1), r.total());
        assertEquals(1 / 3.0, r.total().clickRate(), 1e-12);
    }

    @Test
    void shouldSplitTheWonRevenueByOpportunityType() {
        RevenueByType.Result r = RevenueByType.compute(facts, scope, start, end);
        // won and closed in Q1, in scope: O1 100k new, O4 30k renewal, O5 20k cross-sell, O7 10k without a type
        assertEquals(4, r.won());
        assertEquals(160_000, r.revenue());
        assertEquals(List.of(new RevenueByType.Row("new_business", 1, 100_000, 0.625),
                new RevenueByType.Row("upsell", 0, 0, 0.0), new RevenueByType.Row("cross_sell", 1, 20_000, 0.125),
                new RevenueByType.Row("renewal", 1, 30_000, 0.1875), new RevenueByType.Row("(none)", 1, 10_000, 0.0625)),
                r.types());
        assertEquals(1.0, r.types().stream().mapToDouble(RevenueByType.Row::share).sum(), 1e-12);
        // nothing won: every share blank
        RevenueByType.Result none = RevenueByType.compute(facts, scope, millis("2024-01-01"), millis("2024-04-01"));
        assertEquals(0, none.revenue());
        none.types().forEach(t -> assertNull(t.share(), t.type()));
    }

    @Test
    void shouldGroupTheAccountsByTheirLatestNpsAnswerBeforeThePeriod() {
        NpsOutcomes.Result r = NpsOutcomes.compute(facts, scope, start, end);
        assertEquals(List.of("promoter", "passive", "detractor", "(none)"), r.categories().stream()
                .map(NpsOutcomes.Row::category).toList());
        // no account in scope was a promoter before the period (A3 is out of scope, A1's 10 came later)
        assertEquals(new NpsOutcomes.Row("promoter", 0, 0, 0, 0, 0), r.categories().get(0));
        assertNull(r.categories().get(0).winRate());
        // A2 (8): O5 won 20k cross-sell, O6 lost
        assertEquals(new NpsOutcomes.Row("passive", 1, 2, 1, 0, 20_000), r.categories().get(1));
        assertEquals(0.5, r.categories().get(1).winRate());
        // A1 (latest before: 6): O1, O4 (30k renewal) and O7 won
        assertEquals(new NpsOutcomes.Row("detractor", 1, 3, 3, 30_000, 0), r.categories().get(2));
        assertEquals(1.0, r.categories().get(2).winRate());
        // A4 answered only in the period
        assertEquals(new NpsOutcomes.Row("(none)", 1, 0, 0, 0, 0), r.categories().get(3));
        assertEquals(new NpsOutcomes.Row("total", 3, 5, 4, 30_000, 20_000), r.total());
    }

    @Test
    void shouldAnswerBlanksAndNoErrorForAnEmptyScope() {
        boolean[] nobody = new boolean[4];
        EmailRates.Result email = EmailRates.compute(facts, nobody, start, end);
        assertNull(email.total().openRate());
        assertTrue(email.byCampaign().isEmpty());
        assertTrue(ContentAssets.compute(facts, nobody, start, end, 180).assets().isEmpty());
        assertNull(AdEngagement.compute(facts, nobody, start, end).total().clickRate());
        assertTrue(AdEngagement.compute(facts, nobody, start, end).tiers().isEmpty());
        RevenueByType.compute(facts, nobody, start, end).types().forEach(t -> assertNull(t.share()));
        NpsOutcomes.compute(facts, nobody, start, end).categories().forEach(c -> assertNull(c.winRate()));
    }
}
