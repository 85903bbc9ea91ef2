package io.accountable.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties every model must keep, checked over random journeys with a fixed seed. */
@DisplayName("Properties over random journeys")
class AttributionPropertiesTest {

    private static final int CONVERSIONS = 2500;
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final String[] CHANNELS = {"paid_social", "webinar", "organic_search", "email", "event",
        "sdr_outreach", "direct", "partner", "review_site", "podcast", "display", "community", "print", "radio"};
    private static final List<String> TYPES;

    static {
        List<String> types = new ArrayList<>(ModelParams.DEFAULT_TYPE_WEIGHTS.keySet());
        types.add("not_in_the_table");
        TYPES = List.copyOf(types);
    }

    /** The inputs of one conversion, kept so that journeys can be rebuilt from shuffled touches. */
    private record Case(Opportunity opp, View view, List<Touch> touches, Instant lead, Integer lookback) {
        Journey build(List<Touch> order) {
            return Journeys.build(opp, view, order, lead, lookback);
        }
    }

    private static List<Case> cases;
    private static List<Journey> journeys;
    private static List<List<String>> nonConverting;
    private static ModelParams params;
    private static Map<ModelId, AttributionResult> results;

    @BeforeAll
    static void generate() {
        Random random = new Random(20_250_101);
        cases = new ArrayList<>();
        for (int c = 0; c < CONVERSIONS; c++) {
            cases.add(randomCase(random, "account-" + c));
        }
        journeys = cases.stream().map(k -> k.build(k.touches())).toList();
        nonConverting = new ArrayList<>();
        for (int p = 0; p < CONVERSIONS; p++) {
            List<String> path = new ArrayList<>();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                path.add(channel(random));
            }
            nonConverting.add(path);
        }
        results = new EnumMap<>(ModelId.class);
        params = new ModelParams(3 + random.nextDouble() * 20, 0.3, 0.5, ModelParams.DEFAULT_TYPE_WEIGHTS);
        for (ModelId model : ModelId.values()) {
            results.put(model, AttributionEngine.attribute(model, journeys, nonConverting, params));
        }
    }

    private static Case randomCase(Random random, String account) {
        View view = random.nextInt(3) == 0 ? View.PIPELINE : View.REVENUE;
        Instant close = NOW.minusSeconds(random.nextInt(86_400 * 365));
        Instant created = close.minusSeconds(random.nextInt(86_400 * 200));
        double amount = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 0.01;
            default -> Math.round(random.nextDouble() * 500_000 * 100) / 100.0;
        };
        Opportunity opp = new Opportunity("opp-" + account, account, amount,
                view == View.REVENUE ? Opportunity.WON : Opportunity.OPEN, created,
                view == View.REVENUE ? close : null);
        Instant moment = Journeys.moment(opp, view);

        List<Touch> touches = new ArrayList<>();
        // A few wide journeys (about 14 distinct channels) reach the Shapley fallback.
        boolean wide = random.nextInt(40) == 0;
        int count = wide ? 40 + random.nextInt(20) : random.nextInt(10) == 0 ? 0 : random.nextInt(12);
        Instant shared = moment.minusSeconds(random.nextInt(86_400 * 60));
        for (int i = 0; i < count; i++) {
            // Some touches share an instant so ties must be broken by id; some fall outside the window.
            Instant at = random.nextInt(4) == 0 ? shared
                    : moment.minusSeconds(random.nextInt(86_400 * 400) - 86_400 * 10L);
            String id = Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
            String contact = random.nextBoolean() ? "contact-" + random.nextInt(4) : null;
            String campaign = random.nextBoolean() ? "campaign-" + random.nextInt(20) : null;
            String channel = wide ? CHANNELS[random.nextInt(CHANNELS.length)] : channel(random);
            touches.add(new Touch(id, account, contact, campaign, channel,
                    TYPES.get(random.nextInt(TYPES.size())), at));
        }
        Instant lead = random.nextInt(4) == 0 ? null : created.minusSeconds(random.nextInt(86_400 * 120));
        Integer lookback = random.nextInt(5) == 0 ? null : 30 + random.nextInt(200);
        return new Case(opp, view, touches, lead, lookback);
    }

    /** Skewed towards the first channels, so journeys share paths and a few exceed twelve channels. */
    private static String channel(Random random) {
        return CHANNELS[random.nextInt(1 + random.nextInt(CHANNELS.length))];
    }

    @Test
    void shouldGiveEveryAttributedJourneyNonNegativeWeightsSummingToOneUnderEveryModel() {
        for (AttributionResult result : results.values()) {
            for (JourneyCredit credit : result.journeys()) {
                double[] weights = credit.weights();
                assertEquals(credit.journey().touches().size(), weights.length);
                for (double w : weights) {
                    assertTrue(w >= 0 && Double.isFinite(w), result.model().id() + " weight " + w);
                }
                if (weights.length > 0) {
                    assertEquals(1, Fixtures.sum(weights), 1e-9, result.model().id());
                }
            }
        }
    }

    @Test
    void shouldReconcileCreditsAndUnattributedWithTheTotalUnderEveryModel() {
        double total = journeys.stream().mapToDouble(Journey::value).sum();
        double unattributed = journeys.stream().filter(j -> !j.attributed()).mapToDouble(Journey::value).sum();
        assertTrue(unattributed > 0, "the random data has unattributed conversions");

        for (AttributionResult result : results.values()) {
            String model = result.model().id();
            assertEquals(total, result.total(), 1e-12 * total, model);
            assertEquals(unattributed, result.unattributed(), 1e-12 * total, model);
            assertEquals(CONVERSIONS, result.conversions(), model);
            assertEquals(result.total(), result.credited() + result.unattributed(), 1e-6 * total, model);
            assertEquals(result.total(), result.credited() + result.unattributed(), 0.005, model + " to the cent");
            double rows = Reports.groupBy(result, Touch::campaignId).stream().mapToDouble(Row::credit).sum();
            assertEquals(result.total(), rows + result.unattributed(), 1e-6 * total, model + " rows");
        }
    }

    @Test
    void shouldCreditTheEarliestAndTheLatestEligibleTouchUnderFirstAndLastTouch() {
        Comparator<Touch> order = Comparator.comparing(Touch::occurredAt).thenComparing(Touch::id);
        for (int c = 0; c < CONVERSIONS; c++) {
            Case k = cases.get(c);
            Instant from = k.lookback() == null ? Instant.MIN : k.opp().createdAt().minus(Duration.ofDays(k.lookback()));
            Instant to = k.view() == View.REVENUE ? k.opp().closedAt() : k.opp().createdAt();
            List<Touch> eligible = k.touches().stream()
                    .filter(t -> !t.occurredAt().isBefore(from) && !t.occurredAt().isAfter(to)).toList();
            JourneyCredit first = results.get(ModelId.FIRST_TOUCH).journeys().get(c);
            JourneyCredit last = results.get(ModelId.LAST_TOUCH).journeys().get(c);

            assertEquals(eligible.size(), first.journey().touches().size());
            if (!eligible.isEmpty()) {
                assertEquals(Collections.min(eligible, order), creditedTouch(first));
                assertEquals(Collections.max(eligible, order), creditedTouch(last));
            }
        }
    }

    private static Touch creditedTouch(JourneyCredit credit) {
        for (int i = 0; i < credit.journey().touches().size(); i++) {
            if (credit.weight(i) == 1) {
                return credit.journey().touches().get(i);
            }
        }
        throw new AssertionError("no touch holds all the credit in " + credit);
    }

    @Test
    void shouldGiveTheSameCreditWhateverTheOrderOfTheInputTouches() {
        Random random = new Random(7);
        List<Journey> shuffled = new ArrayList<>();
        for (Case k : cases) {
            List<Touch> touches = new ArrayList<>(k.touches());
            Collections.shuffle(touches, random);
            shuffled.add(k.build(touches));
        }
        assertEquals(journeys, shuffled);

        for (ModelId model : ModelId.values()) {
            AttributionResult again = AttributionEngine.attribute(model, shuffled, nonConverting, params);
            AttributionResult before = results.get(model);
            for (int c = 0; c < CONVERSIONS; c++) {
                assertArrayEquals(before.journeys().get(c).weights(), again.journeys().get(c).weights(), 1e-12,
                        model.id());
            }
            assertEquals(before.removalEffects(), again.removalEffects(), model.id());
        }
    }

    @Test
    void shouldCoverTheShapleyFallbackAndUndefinedMilestonesInTheRandomData() {
        assertTrue(results.get(ModelId.SHAPLEY).shapleyFallbacks() > 0, "some journeys exceed twelve channels");
        assertTrue(journeys.stream().anyMatch(j -> j.attributed() && j.lc() == -1));
        assertTrue(journeys.stream().anyMatch(j -> j.attributed() && j.oc() == -1));
        assertTrue(journeys.stream().anyMatch(j -> j.attributed() && j.cw() == -1));
    }
}
