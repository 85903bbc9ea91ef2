package io.accountable.attribution.engine;

import static io.accountable.attribution.engine.Fixtures.CLOSE;
import static io.accountable.attribution.engine.Fixtures.daysBeforeClose;
import static io.accountable.attribution.engine.Fixtures.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec section 6.1: one B2B journey, revenue view, value 120,000. */
@DisplayName("Worked example 6.1: one B2B journey")
class WorkedExampleOneJourneyTest {

    private static final double CENT = 0.005;
    private static final String ACCOUNT = "acme";
    private static final Opportunity OPP = Fixtures.won("opp-1", ACCOUNT, 120_000, daysBeforeClose(45), CLOSE);
    private static final Instant LEAD_CREATED = daysBeforeClose(90);

    private static Journey journey() {
        List<Touch> touches = new ArrayList<>(List.of(
                touch("t1", ACCOUNT, "paid_social", daysBeforeClose(120)),
                touch("t2", ACCOUNT, "webinar", daysBeforeClose(100)),
                touch("t3", ACCOUNT, "organic_search", daysBeforeClose(90)),
                touch("t4", ACCOUNT, "email", daysBeforeClose(60)),
                touch("t5", ACCOUNT, "event", daysBeforeClose(45)),
                touch("t6", ACCOUNT, "sdr_outreach", daysBeforeClose(20)),
                touch("t7", ACCOUNT, "direct", daysBeforeClose(2)),
                // Outside the journey: after close, before the 180-day lookback, another account.
                touch("after-close", ACCOUNT, "direct", daysBeforeClose(-1)),
                touch("too-early", ACCOUNT, "email", daysBeforeClose(45 + 180 + 1)),
                touch("other-account", "globex", "email", daysBeforeClose(10))));
        Collections.shuffle(touches, new Random(61));
        return Journeys.build(OPP, View.REVENUE, touches, LEAD_CREATED, 180);
    }

    private static void assertCredits(ModelId model, ModelParams params, double... expected) {
        AttributionResult result = AttributionEngine.attribute(model, List.of(journey()), List.of(), params);
        JourneyCredit credit = result.journeys().get(0);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], credit.credit(i), CENT, model.id() + " credit of t" + (i + 1));
        }
        assertEquals(120_000, result.total(), 0);
        assertEquals(0, result.unattributed(), 0);
    }

    private static void assertCredits(ModelId model, double... expected) {
        assertCredits(model, ModelParams.defaults(), expected);
    }

    @Test
    void shouldKeepTheSevenTouchesOfTheWindowInOrderWithTheMilestonesOfTheTable() {
        Journey journey = journey();

        assertEquals(List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7"),
                journey.touches().stream().map(Touch::id).toList());
        assertEquals(0, journey.ft());
        assertEquals(2, journey.lc());
        assertEquals(4, journey.oc());
        assertEquals(6, journey.cw());
        assertEquals(CLOSE, journey.moment());
        assertEquals(120_000, journey.value());
    }

    @Test
    void shouldGiveFirstTouchAllCreditToTheFirstTouch() {
        assertCredits(ModelId.FIRST_TOUCH, 120_000, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void shouldGiveLastTouchAllCreditToTheLastTouch() {
        assertCredits(ModelId.LAST_TOUCH, 0, 0, 0, 0, 0, 0, 120_000);
    }

    @Test
    void shouldGiveLinearAnEqualSeventhToEveryTouch() {
        assertCredits(ModelId.LINEAR, 17142.86, 17142.86, 17142.86, 17142.86, 17142.86, 17142.86, 17142.86);
    }

    @Test
    void shouldGivePositionBasedFortyPercentToEachEndAndSplitTheMiddle() {
        assertCredits(ModelId.POSITION_BASED, 48_000, 4800, 4800, 4800, 4800, 4800, 48_000);
    }

    @Test
    void shouldGiveWShapedThirtyPercentToFirstTouchLeadCreationAndOpportunityCreation() {
        assertCredits(ModelId.W_SHAPED, 36_000, 3000, 36_000, 3000, 36_000, 3000, 3000);
    }

    @Test
    void shouldGiveFullPathTwentyTwoAndAHalfPercentToEachOfTheFourMilestones() {
        assertCredits(ModelId.FULL_PATH, 27_000, 4000, 27_000, 4000, 27_000, 4000, 27_000);
    }

    @Test
    void shouldDecayWithASevenDayHalfLifeAsInTheTable() {
        assertCredits(ModelId.TIME_DECAY, ModelParams.defaults(),
                0.85, 6.18, 16.63, 324.27, 1432.11, 17024.82, 101195.14);
    }

    @Test
    void shouldDecayWithAThirtyDayHalfLifeAsInTheTable() {
        assertCredits(ModelId.TIME_DECAY, ModelParams.defaults().withTimeDecayHalfLifeDays(30),
                3030.22, 4810.17, 6060.44, 12120.88, 17141.51, 30542.70, 46294.08);
    }
}
