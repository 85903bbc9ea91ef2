package io.accountable.attribution.engine;

import static io.accountable.attribution.engine.Fixtures.CLOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Parsing, parameters and conversions")
class ParsingAndValidationTest {

    @Test
    void shouldParseViewIdsAndRejectOthersWithTheValidOnes() {
        assertEquals(View.REVENUE, View.parse("revenue"));
        assertEquals(View.PIPELINE, View.parse(" Pipeline "));
        assertEquals("pipeline", View.PIPELINE.id());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> View.parse("bookings"));
        assertTrue(error.getMessage().contains("revenue") && error.getMessage().contains("pipeline"));
        assertThrows(IllegalArgumentException.class, () -> View.parse(null));
    }

    @Test
    void shouldListTheTenModelsInSpecOrderWithTheirIdsAndNames() {
        assertEquals(List.of("first_touch", "last_touch", "linear", "time_decay", "position_based", "w_shaped",
                        "full_path", "custom", "markov", "shapley"),
                java.util.Arrays.stream(ModelId.values()).map(ModelId::id).toList());
        assertEquals("Position-based (U-shaped)", ModelId.POSITION_BASED.label());
        assertEquals("Full path (Z-shaped)", ModelId.FULL_PATH.label());
        for (ModelId model : ModelId.values()) {
            assertEquals(model, ModelId.parse(model.id()));
        }
    }

    @Test
    void shouldRejectAnUnknownModelListingTheValidIds() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ModelId.parse("u_shaped"));

        assertTrue(error.getMessage().contains("u_shaped"));
        assertTrue(error.getMessage().contains("first_touch") && error.getMessage().contains("shapley"));
    }

    @Test
    void shouldDefaultToTheSettingsOfTheSpec() {
        ModelParams defaults = ModelParams.defaults();

        assertEquals(7, defaults.timeDecayHalfLifeDays());
        assertEquals(0.4, defaults.firstShare());
        assertEquals(0.4, defaults.lastShare());
        assertEquals(0.2, defaults.middleShare(), 1e-15);
        assertEquals(16, defaults.typeWeights().size());
        assertEquals(10, defaults.typeWeight("meeting"));
        assertEquals(0.1, defaults.typeWeight("ad_impression"));
        assertEquals(0, defaults.typeWeight("email_sent"));
        assertEquals(0, defaults.typeWeight("unknown"));
    }

    @Test
    void shouldRejectParametersOutsideTheirDomain() {
        Map<String, Double> weights = ModelParams.DEFAULT_TYPE_WEIGHTS;
        assertThrows(IllegalArgumentException.class, () -> new ModelParams(0, 0.4, 0.4, weights));
        assertThrows(IllegalArgumentException.class, () -> new ModelParams(Double.NaN, 0.4, 0.4, weights));
        assertThrows(IllegalArgumentException.class, () -> new ModelParams(7, -0.1, 0.4, weights));
        assertThrows(IllegalArgumentException.class, () -> new ModelParams(7, 0.6, 0.5, weights));
        assertThrows(IllegalArgumentException.class, () -> new ModelParams(7, 0.4, 0.4, Map.of("meeting", -1.0)));
        assertEquals(0, new ModelParams(7, 0.7, 0.3, weights).middleShare(), 1e-15);
    }

    @Test
    void shouldCountOnlyWonOpportunitiesClosedInThePeriodAsRevenueConversions() {
        Instant start = CLOSE.minus(Duration.ofDays(10));
        Instant end = CLOSE.plus(Duration.ofDays(10));
        Instant created = CLOSE.minus(Duration.ofDays(30));

        assertTrue(Journeys.isConversion(Fixtures.won("o", "a", 1, created, CLOSE), View.REVENUE, start, end));
        assertTrue(Journeys.isConversion(Fixtures.won("o", "a", 1, created, start), View.REVENUE, start, end));
        assertFalse(Journeys.isConversion(Fixtures.won("o", "a", 1, created, end), View.REVENUE, start, end));
        assertFalse(Journeys.isConversion(new Opportunity("o", "a", 1, "lost", created, CLOSE),
                View.REVENUE, start, end));
        assertFalse(Journeys.isConversion(new Opportunity("o", "a", 1, "won", created, null),
                View.REVENUE, start, end));
    }

    @Test
    void shouldCountEveryOpportunityCreatedInThePeriodAsAPipelineConversion() {
        Instant start = CLOSE.minus(Duration.ofDays(40));
        Instant end = CLOSE;
        Opportunity open = new Opportunity("o", "a", 1, "open", CLOSE.minus(Duration.ofDays(30)), null);

        assertTrue(Journeys.isConversion(open, View.PIPELINE, start, end));
        assertFalse(Journeys.isConversion(open, View.PIPELINE, end, end.plusSeconds(1)));
        assertEquals(open.createdAt(), Journeys.moment(open, View.PIPELINE));
        assertThrows(IllegalArgumentException.class, () -> Journeys.moment(open, View.REVENUE));
    }

    @Test
    void shouldRejectMalformedOpportunitiesAndJourneys() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new Opportunity("o", "a", 1, "Won", now, now));
        assertThrows(IllegalArgumentException.class, () -> new Opportunity("o", "a", Double.NaN, "won", now, now));
        Opportunity opp = Fixtures.won("o", "a", 1, now, now);
        assertThrows(IllegalArgumentException.class, () -> new Journey(opp, 1, now, List.of(), 0, -1, -1, -1));
        assertThrows(IllegalArgumentException.class,
                () -> Journeys.build(opp, View.REVENUE, List.of(), null, -1));
    }
}
