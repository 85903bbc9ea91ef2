package io.accountable.attribution.engine;

import static io.accountable.attribution.engine.Fixtures.CLOSE;
import static io.accountable.attribution.engine.Fixtures.daysBeforeClose;
import static io.accountable.attribution.engine.Fixtures.touch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec section 6.3, and the corners next to it. */
@DisplayName("Edge cases 6.3")
class EdgeCasesTest {

    private static final String ACCOUNT = "acme";
    private static final Opportunity OPP = Fixtures.won("opp", ACCOUNT, 1000, daysBeforeClose(30), CLOSE);

    private static double[] weights(ModelId model, Journey journey) {
        AttributionResult result =
                AttributionEngine.attribute(model, List.of(journey), List.of(), ModelParams.defaults());
        return result.journeys().get(0).weights();
    }

    @Test
    void shouldGiveTheOnlyTouchAllTheCreditUnderEveryModel() {
        Journey journey = Journeys.build(OPP, View.REVENUE,
                List.of(touch("t1", ACCOUNT, "email", daysBeforeClose(3))), daysBeforeClose(40), 180);

        for (ModelId model : ModelId.values()) {
            assertArrayEquals(new double[] {1}, weights(model, journey), 1e-12, model.id());
        }
    }

    @Test
    void shouldSplitTwoTouchesFiftyFiftyUnderPositionBased() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", daysBeforeClose(20)),
                touch("t2", ACCOUNT, "event", daysBeforeClose(10))), null, 180);

        assertArrayEquals(new double[] {0.5, 0.5}, weights(ModelId.POSITION_BASED, journey), 1e-12);
    }

    @Test
    void shouldGiveTheMiddleShareHalfToEachOfTwoTouchesUnderUnevenPositionShares() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", daysBeforeClose(20)),
                touch("t2", ACCOUNT, "event", daysBeforeClose(10))), null, 180);
        ModelParams params = ModelParams.defaults().withPositionShares(0.5, 0.2);

        AttributionResult result = AttributionEngine.attribute(ModelId.POSITION_BASED, List.of(journey), null, params);

        assertArrayEquals(new double[] {0.65, 0.35}, result.journeys().get(0).weights(), 1e-12);
    }

    @Test
    void shouldGiveTheRestShareToTheTouchWithoutMilestoneWhenTheOtherHoldsFirstLeadAndOpportunityCreation() {
        // t1 is before lead and opportunity creation, t2 after both: FT, LC, OC on t1; CW on t2.
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", daysBeforeClose(50)),
                touch("t2", ACCOUNT, "event", daysBeforeClose(10))), daysBeforeClose(40), 180);

        assertEquals(List.of(0, 0, 0, 1), List.of(journey.ft(), journey.lc(), journey.oc(), journey.cw()));
        assertArrayEquals(new double[] {0.9, 0.1}, weights(ModelId.W_SHAPED, journey), 1e-12);
        // Full path: 3 x 0.225 on t1, 0.225 on t2, nobody left for the rest share.
        assertArrayEquals(new double[] {0.75, 0.25}, weights(ModelId.FULL_PATH, journey), 1e-12);
    }

    @Test
    void shouldRenormaliseUndefinedMilestonesInThePipelineView() {
        // Pipeline view: the journey ends at opportunity creation (30 days before close), no lead, no CW.
        Journey journey = Journeys.build(OPP, View.PIPELINE, List.of(
                touch("t1", ACCOUNT, "email", daysBeforeClose(50)),
                touch("t2", ACCOUNT, "event", daysBeforeClose(40)),
                touch("t3", ACCOUNT, "event", daysBeforeClose(35))), null, 180);

        assertEquals(List.of(0, -1, 2, -1), List.of(journey.ft(), journey.lc(), journey.oc(), journey.cw()));
        assertArrayEquals(new double[] {0.3 / 0.7, 0.1 / 0.7, 0.3 / 0.7}, weights(ModelId.W_SHAPED, journey), 1e-12);
        assertArrayEquals(new double[] {0.225 / 0.55, 0.1 / 0.55, 0.225 / 0.55},
                weights(ModelId.FULL_PATH, journey), 1e-12);
    }

    @Test
    void shouldGiveTheRestShareToEveryTouchWithoutMilestoneWhenCoincidingSlotsLeaveOthersEmpty() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", daysBeforeClose(50)),
                touch("t2", ACCOUNT, "event", daysBeforeClose(10)),
                touch("t3", ACCOUNT, "event", daysBeforeClose(5))), null, 180);

        // FT and OC on t1, CW on t3, LC undefined. W-shaped has no CW slot: t2 and t3 share the rest;
        // in full path t3 holds CW and t2 takes the whole rest share.
        assertArrayEquals(new double[] {0.6 / 0.7, 0.05 / 0.7, 0.05 / 0.7}, weights(ModelId.W_SHAPED, journey), 1e-12);
        assertArrayEquals(new double[] {0.45 / 0.775, 0.1 / 0.775, 0.225 / 0.775},
                weights(ModelId.FULL_PATH, journey), 1e-12);
    }

    @Test
    void shouldLeaveOutTouchesAfterTheConversionMomentAndBeforeTheLookbackWindow() {
        Instant windowStart = OPP.createdAt().minus(Duration.ofDays(60));
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("before-window", ACCOUNT, "email", windowStart.minusMillis(1)),
                touch("window-start", ACCOUNT, "email", windowStart),
                touch("at-close", ACCOUNT, "email", CLOSE),
                touch("after-close", ACCOUNT, "email", CLOSE.plusMillis(1))), null, 60);

        assertEquals(List.of("window-start", "at-close"), journey.touches().stream().map(Touch::id).toList());
    }

    @Test
    void shouldKeepEveryTouchUpToTheMomentWhenTheLookbackIsAll() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("ancient", ACCOUNT, "email", daysBeforeClose(5000)),
                touch("after-close", ACCOUNT, "email", CLOSE.plusSeconds(1))), null, null);

        assertEquals(List.of("ancient"), journey.touches().stream().map(Touch::id).toList());
    }

    @Test
    void shouldEndThePipelineJourneyAtOpportunityCreation() {
        Journey journey = Journeys.build(OPP, View.PIPELINE, List.of(
                touch("before", ACCOUNT, "email", OPP.createdAt().minusSeconds(1)),
                touch("at-creation", ACCOUNT, "email", OPP.createdAt()),
                touch("sales-cycle", ACCOUNT, "email", OPP.createdAt().plusSeconds(1))), null, 180);

        assertEquals(List.of("before", "at-creation"), journey.touches().stream().map(Touch::id).toList());
        assertEquals(OPP.createdAt(), journey.moment());
    }

    @Test
    void shouldPutTheTouchWithTheSmallerIdFirstWhenTwoHappenAtTheSameInstant() {
        Instant same = daysBeforeClose(5);
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t2", ACCOUNT, "event", same),
                touch("t10", ACCOUNT, "email", same),
                touch("T9", ACCOUNT, "direct", same)), null, 180);

        // Ordinal comparison: upper case sorts before lower case, and "t10" before "t2".
        assertEquals(List.of("T9", "t10", "t2"), journey.touches().stream().map(Touch::id).toList());
        assertArrayEquals(new double[] {1, 0, 0}, weights(ModelId.FIRST_TOUCH, journey));
        assertArrayEquals(new double[] {0, 0, 1}, weights(ModelId.LAST_TOUCH, journey));
    }

    @Test
    void shouldTakeTheLastTiedTouchAsMilestoneWhenTouchesShareTheMilestoneInstant() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("b", ACCOUNT, "event", OPP.createdAt()),
                touch("a", ACCOUNT, "email", OPP.createdAt()),
                touch("c", ACCOUNT, "email", daysBeforeClose(1))), OPP.createdAt(), 180);

        assertEquals(1, journey.lc());
        assertEquals(1, journey.oc());
    }

    @Test
    void shouldReportAConversionWithoutEligibleTouchAsUnattributedAndKeepTheInvariant() {
        Journey lonely = Journeys.build(Fixtures.won("lonely", "globex", 700, daysBeforeClose(30), CLOSE),
                View.REVENUE, List.of(touch("late", "globex", "email", CLOSE.plusSeconds(60))), null, 180);
        Journey credited = Journeys.build(OPP, View.REVENUE,
                List.of(touch("t1", ACCOUNT, "email", daysBeforeClose(3))), null, 180);

        assertFalse(lonely.attributed());
        assertEquals(List.of(-1, -1, -1, -1), List.of(lonely.ft(), lonely.lc(), lonely.oc(), lonely.cw()));
        for (ModelId model : ModelId.values()) {
            AttributionResult result = AttributionEngine.attribute(model, List.of(lonely, credited),
                    List.of(List.of("email")), ModelParams.defaults());

            assertEquals(1700, result.total(), 0, model.id());
            assertEquals(700, result.unattributed(), 0, model.id());
            assertEquals(2, result.conversions(), model.id());
            assertEquals(result.total(), result.credited() + result.unattributed(), 1e-9, model.id());
            assertEquals(0, result.journeys().get(0).weights().length, model.id());
            assertEquals(List.of(new Row("email", 1000, 1)), Reports.groupBy(result, Touch::channel), model.id());
        }
    }

    @Test
    void shouldReportEverythingUnattributedWithoutFailingWhenNoConversionHasATouch() {
        Journey lonely = Journeys.build(OPP, View.REVENUE, List.of(), null, 180);

        for (ModelId model : ModelId.values()) {
            AttributionResult result = AttributionEngine.attribute(model, List.of(lonely),
                    List.of(List.of("email", "event")), ModelParams.defaults());

            assertEquals(1000, result.unattributed(), 0, model.id());
            assertTrue(Reports.groupBy(result, Touch::channel).isEmpty(), model.id());
        }
        AttributionResult markov = AttributionEngine.attribute(ModelId.MARKOV, List.of(lonely),
                List.of(List.of("email", "event")), ModelParams.defaults());
        assertEquals(0, markov.conversionProbability());
        assertEquals(Map.of("email", 0.0, "event", 0.0), markov.removalEffects());
    }

    @Test
    void shouldCreditZeroWithoutDividingByZeroWhenTheValueIsZero() {
        Opportunity free = Fixtures.won("free", ACCOUNT, 0, daysBeforeClose(30), CLOSE);
        Journey journey = Journeys.build(free, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", "email_sent", daysBeforeClose(40)),
                touch("t2", ACCOUNT, "event", "email_sent", daysBeforeClose(20)),
                touch("t3", ACCOUNT, "email", "email_sent", daysBeforeClose(2))), daysBeforeClose(35), 180);

        for (ModelId model : ModelId.values()) {
            AttributionResult result = AttributionEngine.attribute(model, List.of(journey),
                    List.of(List.of("email")), ModelParams.defaults());
            JourneyCredit credit = result.journeys().get(0);

            assertEquals(0, result.total(), 0, model.id());
            assertEquals(0, result.unattributed(), 0, model.id());
            for (int i = 0; i < 3; i++) {
                assertEquals(0, credit.credit(i), 0, model.id());
                assertTrue(Double.isFinite(credit.weight(i)), model.id());
            }
            assertEquals(1, Fixtures.sum(credit.weights()), 1e-12, model.id());
            double counted = Reports.groupBy(result, Touch::channel).stream().mapToDouble(Row::conversions).sum();
            assertEquals(1, counted, 1e-12, model.id() + ": a zero-value conversion still counts once");
        }
    }

    @Test
    void shouldFallBackToLinearWhenEveryTouchTypeWeighsZeroUnderCustom() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", "email_sent", daysBeforeClose(20)),
                touch("t2", ACCOUNT, "email", "not_in_the_table", daysBeforeClose(10))), null, 180);

        assertArrayEquals(new double[] {0.5, 0.5}, weights(ModelId.CUSTOM, journey), 1e-12);
    }

    @Test
    void shouldWeightTouchesByTheirTypeUnderCustom() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "event", "meeting", daysBeforeClose(20)),
                touch("t2", ACCOUNT, "email", "email_open", daysBeforeClose(15)),
                touch("t3", ACCOUNT, "web", "web_visit", daysBeforeClose(10))), null, 180);

        assertArrayEquals(new double[] {10 / 11.5, 0.5 / 11.5, 1 / 11.5}, weights(ModelId.CUSTOM, journey), 1e-12);
    }

    @Test
    void shouldNotUnderflowTimeDecayForAnOldJourneyWithAShortHalfLife() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", daysBeforeClose(4000)),
                touch("t2", ACCOUNT, "email", daysBeforeClose(3999))), null, null);
        ModelParams params = ModelParams.defaults().withTimeDecayHalfLifeDays(1);

        double[] w = AttributionEngine.attribute(ModelId.TIME_DECAY, List.of(journey), null, params)
                .journeys().get(0).weights();

        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, w, 1e-12);
    }

    @Test
    void shouldFallBackToLinearAndCountItWhenAShapleyJourneyHasMoreThanTwelveChannels() {
        List<Touch> touches = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            touches.add(touch("t" + (100 + i), ACCOUNT, "channel-" + i, daysBeforeClose(20 - i)));
        }
        touches.add(touch("t200", ACCOUNT, "channel-0", daysBeforeClose(1)));
        Journey wide = Journeys.build(OPP, View.REVENUE, touches, null, 180);

        AttributionResult result = AttributionEngine.attribute(ModelId.SHAPLEY, List.of(wide), null,
                ModelParams.defaults());

        assertEquals(1, result.shapleyFallbacks());
        double[] linear = new double[14];
        java.util.Arrays.fill(linear, 1.0 / 14);
        assertArrayEquals(linear, result.journeys().get(0).weights(), 1e-12);
        assertTrue(result.journeys().get(0).channelScores().isEmpty());
    }

    @Test
    void shouldSplitAChannelsDataDrivenShareEquallyOverItsTouches() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", daysBeforeClose(20)),
                touch("t2", ACCOUNT, "event", daysBeforeClose(15)),
                touch("t3", ACCOUNT, "email", daysBeforeClose(10))), null, 180);

        // Shapley: both channels are needed, phi = 1/2 each. Markov: the collapsed path
        // email > event > email > conversion leaves email half of the time to convert directly, so
        // removing event only halves P (RE 1/2) while removing email kills it (RE 1).
        assertArrayEquals(new double[] {0.25, 0.5, 0.25}, weights(ModelId.SHAPLEY, journey), 1e-12);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, weights(ModelId.MARKOV, journey), 1e-12);
    }

    @Test
    void shouldCountANegativeShapleyValueAsZeroButShowItUnclipped() {
        Journey journey = Journeys.build(OPP, View.REVENUE, List.of(
                touch("t1", ACCOUNT, "email", daysBeforeClose(20)),
                touch("t2", ACCOUNT, "event", daysBeforeClose(10))), null, 180);
        // v({email}) = 1, v({event}) = 0, v({email, event}) = 1/2: phi = 3/4 and -1/4.
        List<List<String>> others = List.of(List.of("event"), List.of("email", "event"));

        AttributionResult result = AttributionEngine.attribute(ModelId.SHAPLEY,
                List.of(journey, single("solo", "email")), others, ModelParams.defaults());

        assertArrayEquals(new double[] {1, 0}, result.journeys().get(0).weights(), 1e-12);
        assertEquals(Map.of("email", 0.75, "event", -0.25), result.journeys().get(0).channelScores());
        assertEquals(List.of(new Row("email", 1010, 2)), Reports.groupBy(result, Touch::channel),
                "a zero-weight touch gives its channel no row");
    }

    private static Journey single(String account, String channel) {
        Opportunity opp = Fixtures.won("opp-" + account, account, 10, daysBeforeClose(30), CLOSE);
        return Journeys.build(opp, View.REVENUE, List.of(touch(account + "-t", account, channel, daysBeforeClose(5))),
                null, 180);
    }
}
