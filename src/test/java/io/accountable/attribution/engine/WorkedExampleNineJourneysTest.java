package io.accountable.attribution.engine;

import static io.accountable.attribution.engine.Fixtures.CLOSE;
import static io.accountable.attribution.engine.Fixtures.daysBeforeClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec section 6.2: nine journeys over channels A, B, C, each converting once with value 3. */
@DisplayName("Worked example 6.2: nine journeys over A, B, C")
class WorkedExampleNineJourneysTest {

    private static final String[] PATHS = {"A", "A>B", "A>B>C", "B", "B>A", "B>C>A", "C", "C>A", "C>B>A"};

    private static List<Journey> conversions() {
        List<Journey> journeys = new ArrayList<>();
        for (int j = 0; j < PATHS.length; j++) {
            String account = "account-" + j;
            String[] channels = PATHS[j].split(">");
            List<Touch> touches = new ArrayList<>();
            for (int i = 0; i < channels.length; i++) {
                touches.add(Fixtures.touch(account + "-t" + i, account, channels[i], daysBeforeClose(9 - i)));
            }
            Opportunity opp = Fixtures.won("opp-" + j, account, 3, daysBeforeClose(10), CLOSE);
            journeys.add(Journeys.build(opp, View.REVENUE, touches, null, 180));
        }
        return journeys;
    }

    private static Map<String, Double> creditByChannel(ModelId model) {
        AttributionResult result = AttributionEngine.attribute(model, conversions(), List.of(), ModelParams.defaults());
        assertEquals(27, result.total(), 0);
        assertEquals(27, result.credited(), 1e-9);
        return Reports.groupBy(result, Touch::channel).stream().collect(Collectors.toMap(Row::key, Row::credit));
    }

    private static void assertByChannel(ModelId model, double a, double b, double c) {
        Map<String, Double> credit = creditByChannel(model);
        assertEquals(a, credit.get("A"), 1e-9, model.id() + " A");
        assertEquals(b, credit.get("B"), 1e-9, model.id() + " B");
        assertEquals(c, credit.get("C"), 1e-9, model.id() + " C");
    }

    @Test
    void shouldGiveFirstTouchNineToEachChannel() {
        assertByChannel(ModelId.FIRST_TOUCH, 9, 9, 9);
    }

    @Test
    void shouldGiveLastTouchFifteenToAAndSixToBAndC() {
        assertByChannel(ModelId.LAST_TOUCH, 15, 6, 6);
    }

    @Test
    void shouldGiveLinearTenAndAHalfToANineToBAndSevenAndAHalfToC() {
        assertByChannel(ModelId.LINEAR, 10.5, 9, 7.5);
    }

    @Test
    void shouldGivePositionBasedElevenPointOneToAEightPointFourToBAndSevenAndAHalfToC() {
        assertByChannel(ModelId.POSITION_BASED, 11.1, 8.4, 7.5);
    }

    @Test
    void shouldFindTheMarkovRemovalEffectsOfTheTable() {
        AttributionResult result =
                AttributionEngine.attribute(ModelId.MARKOV, conversions(), List.of(), ModelParams.defaults());

        assertEquals(0.666667, result.removalEffects().get("A"), 1e-6);
        assertEquals(0.533333, result.removalEffects().get("B"), 1e-6);
        assertEquals(0.491228, result.removalEffects().get("C"), 1e-6);
        assertEquals(1, result.conversionProbability(), 1e-12, "every journey converts");
        assertEquals(27, result.credited(), 1e-9);
    }

    @Test
    void shouldExplainMarkovCreditWithTheRemovalEffectsOfTheJourneysChannels() {
        AttributionResult result =
                AttributionEngine.attribute(ModelId.MARKOV, conversions(), List.of(), ModelParams.defaults());
        JourneyCredit ab = result.journeys().get(1);

        assertEquals(Map.of("A", result.removalEffects().get("A"), "B", result.removalEffects().get("B")),
                ab.channelScores());
        double a = result.removalEffects().get("A");
        double b = result.removalEffects().get("B");
        assertEquals(3 * a / (a + b), ab.credit(0), 1e-12);
        assertEquals(3 * b / (a + b), ab.credit(1), 1e-12);
    }

    @Test
    void shouldGiveShapleyThirteenAndAHalfToASevenAndAHalfToBAndSixToC() {
        assertByChannel(ModelId.SHAPLEY, 13.5, 7.5, 6);
    }

    @Test
    void shouldExplainShapleyCreditWithTheUnclippedValuesOfTheJourneysChannels() {
        AttributionResult result =
                AttributionEngine.attribute(ModelId.SHAPLEY, conversions(), List.of(), ModelParams.defaults());
        Map<String, Double> abc = result.journeys().get(2).channelScores();

        assertEquals(2.0 / 3, abc.get("A"), 1e-12);
        assertEquals(1.0 / 6, abc.get("B"), 1e-12);
        assertEquals(1.0 / 6, abc.get("C"), 1e-12);
        assertEquals(0, result.shapleyFallbacks());
        assertTrue(result.removalEffects().isEmpty());
        assertNull(result.conversionProbability());
    }
}
