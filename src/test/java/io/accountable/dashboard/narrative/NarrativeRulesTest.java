package io.accountable.dashboard.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.dashboard.card.Card;
import io.accountable.dashboard.narrative.Narrative.Kind;
import io.accountable.dashboard.narrative.Narrative.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The narrative's rules on hand-made cards: what is told, in which order, citing which cells. */
class NarrativeRulesTest {

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private static Card card(String id, List<Map<String, Object>> rows) {
        return new Card(id, id, List.of(), rows, Map.of());
    }

    private static Map<String, Object> kpi(String id, Double value, Double previous) {
        Double delta = value == null || previous == null || previous == 0 ? null : (value - previous) / Math.abs(previous);
        return row("key", id, "value", value, "previous", previous, "delta", delta);
    }

    private static Card kpis(Map<String, Object>... extra) {
        List<Map<String, Object>> rows = new ArrayList<>(List.of(kpi("revenue", 1_000_000.0, 800_000.0),
                kpi("revenue_growth", 0.25, 0.1), kpi("pipeline_created", 3_000_000.0, 3_000_000.0),
                kpi("pipeline_velocity", 9_000.0, 10_000.0), kpi("account_penetration", 0.3, 0.3),
                kpi("engaged_accounts", 150.0, 140.0), kpi("tam", 90_000_000.0, 10_000_000.0)));
        rows.addAll(List.of(extra));
        return card("kpis", rows);
    }

    private static Card stages() {
        return card("stages", List.of(row("key", "discovery", "median_days", 12.0, "conversion_to_next", 0.6,
                "bottleneck", false), row("key", "proposal", "median_days", 40.0, "conversion_to_next", 0.3,
                "bottleneck", true)));
    }

    private static Card channels(Object... creditByChannel) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < creditByChannel.length; i += 2) {
            rows.add(row("key", creditByChannel[i], "credit", creditByChannel[i + 1]));
        }
        return card("attribution-channel", rows);
    }

    private static Card campaigns(Object... keyCostRoi) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < keyCostRoi.length; i += 3) {
            rows.add(row("key", keyCostRoi[i], "label", "Campaign " + keyCostRoi[i], "credit", 1.0, "cost",
                    keyCostRoi[i + 1], "roi", keyCostRoi[i + 2]));
        }
        return card("campaign-roi", rows);
    }

    private static Narrative tell(Card kpis, Card before, Card campaigns) {
        return NarrativeRules.of(new NarrativeRules.Inputs("q=now", "q=before", kpis, stages(),
                channels("email", 500.0, "events", 300.0, "paid_social", 200.0), before, campaigns, Set.of("cac")));
    }

    private static Statement find(Narrative n, Kind kind) {
        return n.statements().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void shouldStartWithRevenueVelocityAndPenetrationCitingTheKpiCard() {
        Narrative n = tell(kpis(), channels("email", 400.0, "events", 400.0), campaigns());
        Statement headline = n.statements().get(0);
        assertEquals(Kind.HEADLINE, headline.kind());
        assertEquals(1_000_000.0, headline.figures().get("revenue").value());
        assertEquals(0.25, headline.figures().get("revenue_change").value(), 1e-12);
        assertEquals(-0.1, headline.figures().get("pipeline_velocity_change").value(), 1e-12);
        assertEquals("delta", headline.figures().get("account_penetration_change").column());
        headline.figures().values().forEach(f -> {
            assertEquals("kpis", f.card());
            assertEquals("q=now", f.query());
        });
    }

    @Test
    void shouldTellTheLargestOtherChangeWithItsPolarity() {
        // tam moved most but only follows the filter; revenue_growth is a change itself; cac fell 50 %: good news
        Narrative n = tell(kpis(kpi("cac", 5_000.0, 10_000.0), kpi("win_rate", 0.3, 0.25)),
                channels("email", 400.0), campaigns());
        Statement change = find(n, Kind.LARGEST_CHANGE);
        assertEquals("cac", change.names().get("kpi"));
        assertEquals("better", change.names().get("verdict"));
        assertEquals(-0.5, change.figures().get("change").value(), 1e-12);
        assertEquals(10_000.0, change.figures().get("previous").value());
        Narrative negative = tell(kpis(kpi("roi", 2.5, 0.078), kpi("clv", 5_000.0, -1_000.0)),
                channels("email", 400.0), campaigns());
        assertEquals("engaged_accounts", find(negative, Kind.LARGEST_CHANGE).names().get("kpi"),
                "ROI and a change from a negative value are left out");
                Narrative worse = tell(kpis(kpi("win_rate", 0.2, 0.3)), channels("email", 400.0), campaigns());
        assertEquals("worse", find(worse, Kind.LARGEST_CHANGE).names().get("verdict"));
    }

    @Test
    void shouldLeaveOutAChangeThatIsNegligibleOrBlank() {
        Narrative n = tell(kpis(kpi("win_rate", 0.3001, 0.3), kpi("cac", null, 10_000.0)), channels("email", 400.0),
                campaigns());
        // engaged accounts rose 7 %: the only change left
        assertEquals("engaged_accounts", find(n, Kind.LARGEST_CHANGE).names().get("kpi"));
        Card flat = card("kpis", List.of(kpi("revenue", 1.0, 1.0), kpi("pipeline_created", 1.0, 1.0),
                kpi("engaged_accounts", 1.0, 1.0), kpi("win_rate", 0.3001, 0.3)));
        assertTrue(tell(flat, channels("email", 1.0), campaigns()).statements().stream()
                .noneMatch(s -> s.kind() == Kind.LARGEST_CHANGE));
    }

    @Test
    void shouldNameTheBottleneckStageOfTheStagesCard() {
        Statement b = find(tell(kpis(), channels("email", 1.0), campaigns()), Kind.BOTTLENECK);
        assertEquals("proposal", b.names().get("stage"));
        assertEquals(40.0, b.figures().get("median_days").value());
        assertEquals(0.3, b.figures().get("conversion").value());
    }

    @Test
    void shouldTellTheChannelsThatGainedAndLostMostIncludingOnesAbsentBefore() {
        // before: email 400, events 400, webinars 100; now: email 500, events 300, paid_social 200
        Statement s = find(tell(kpis(), channels("email", 400.0, "events", 400.0, "webinars", 100.0), campaigns()),
                Kind.CHANNEL_SHIFT);
        assertEquals("paid_social", s.names().get("gainer")); // +200 beats email's +100
        assertEquals(0.0, s.figures().get("gainer_before").value());
        assertEquals("q=before", s.figures().get("gainer_before").query());
        // events and webinars both lost 100: the first in the card's order (events) is told
        assertEquals("events", s.names().get("loser"));
        assertEquals(300.0, s.figures().get("loser_now").value());
        assertEquals(400.0, s.figures().get("loser_before").value());
        Statement gone = find(tell(kpis(), channels("email", 500.0, "events", 300.0, "paid_social", 200.0,
                "webinars", 250.0), campaigns()), Kind.CHANNEL_SHIFT);
        assertEquals("webinars", gone.names().get("loser")); // absent now: no credit now
        assertEquals(0.0, gone.figures().get("loser_now").value());
    }

    @Test
    void shouldSayNothingOfChannelsWhenTheComparisonPeriodHasNoCredit() {
        assertTrue(tell(kpis(), channels(), campaigns()).statements().stream()
                .noneMatch(s -> s.kind() == Kind.CHANNEL_SHIFT));
    }

    @Test
    void shouldRecommendTheBestReturnAmongTheCheaperHalf() {
        // costs 100, 200, 300, 400: median (lower) 200; among a (roi 2) and b (roi 3): b; d's roi 9 costs too much
        Statement r = find(tell(kpis(), channels("email", 1.0),
                campaigns("a", 100.0, 2.0, "b", 200.0, 3.0, "c", 300.0, 1.0, "d", 400.0, 9.0)), Kind.RECOMMENDATION);
        assertEquals("b", r.names().get("campaign"));
        assertEquals("Campaign b", r.names().get("campaign_label"));
        assertEquals(3.0, r.figures().get("roi").value());
        assertEquals(200.0, r.figures().get("cost").value());
    }

    @Test
    void shouldRecommendNothingWithoutTwoPricedCampaignsOrAPositiveReturn() {
        Card one = campaigns("a", 100.0, 2.0, "b", null, 5.0, "c", 0.0, 4.0);
        assertTrue(tell(kpis(), channels("email", 1.0), one).statements().stream()
                .noneMatch(s -> s.kind() == Kind.RECOMMENDATION));
        Card losing = campaigns("a", 100.0, -0.5, "b", 200.0, -0.1, "c", 300.0, 4.0);
        assertTrue(tell(kpis(), channels("email", 1.0), losing).statements().stream()
                .noneMatch(s -> s.kind() == Kind.RECOMMENDATION));
    }

    @Test
    void shouldSayOnlyThatNothingHappenedOnAnEmptyPeriod() {
        Card empty = card("kpis", List.of(kpi("revenue", 0.0, 5.0), kpi("pipeline_created", 0.0, 1.0),
                kpi("engaged_accounts", 0.0, 3.0)));
        Narrative n = tell(empty, channels("email", 1.0), campaigns("a", 1.0, 1.0, "b", 1.0, 2.0));
        assertEquals(List.of(Kind.NOTHING), n.statements().stream().map(Statement::kind).toList());
    }

    @Test
    void shouldAlwaysTellInTheSameOrder() {
        Narrative n = tell(kpis(kpi("win_rate", 0.2, 0.3)), channels("email", 400.0, "events", 400.0),
                campaigns("a", 100.0, 2.0, "b", 200.0, 3.0));
        assertEquals(List.of(Kind.HEADLINE, Kind.LARGEST_CHANGE, Kind.BOTTLENECK, Kind.CHANNEL_SHIFT,
                Kind.RECOMMENDATION), n.statements().stream().map(Statement::kind).toList());
    }
}
