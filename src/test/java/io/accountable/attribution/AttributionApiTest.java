package io.accountable.attribution;

import static io.accountable.TestUsers.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttributionApiTest {

    private static final List<String> MODELS = List.of("first_touch", "last_touch", "linear", "time_decay",
            "position_based", "w_shaped", "full_path", "custom", "markov", "shapley");

    @ParameterizedTest
    @ValueSource(strings = {"target=true", "view=pipeline", "target=any&lookbackDays=30", "target=any&lookbackDays=all&view=pipeline",
            "segment=enterprise&target=any", "tier=one_to_one", "period=last_quarter&groupBy=campaign",
            "target=false&groupBy=region"})
    void shouldReconcileCreditsPlusUnattributedWithTheTotalForEveryModel(String query) {
        JsonPath compare = api(Role.VIEWER).get("/api/attribution/compare?" + query).then().statusCode(200)
                .extract().jsonPath();
        double total = compare.getDouble("total");
        for (String model : MODELS) {
            List<Double> credits = compare.getList("models." + model + ".credit", Double.class);
            JsonPath single = api(Role.VIEWER).get("/api/attribution?model=" + model + "&" + query).then()
                    .statusCode(200).extract().jsonPath();
            double credited = single.getList("rows.credit", Double.class).stream().mapToDouble(Double::doubleValue).sum();
            double unattributed = single.getDouble("unattributed");
            assertEquals(Math.round(single.getDouble("total") * 100), Math.round((credited + unattributed) * 100),
                    model + " " + query);
            assertEquals(total, single.getDouble("total"), 1e-6);
            assertEquals(credits.size(), single.getList("rows").size(), "compare has the same rows for " + model);
        }
    }

    @Test
    void shouldFindConversionsInTheDemoData() {
        JsonPath answer = api(Role.VIEWER).get("/api/attribution?target=any").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(answer.getInt("conversions") > 20, "conversions " + answer.getInt("conversions"));
        assertTrue(answer.getDouble("total") > answer.getDouble("unattributed"));
        assertEquals("linear", answer.getString("model"));
    }

    @Test
    void shouldReportRemovalEffectsForMarkov() {
        api(Role.VIEWER).get("/api/attribution?model=markov&target=any").then().statusCode(200)
                .body("$", hasKey("removalEffects")).body("$", hasKey("conversionProbability"));
        api(Role.VIEWER).get("/api/attribution?model=linear").then().statusCode(200)
                .body("$", not(hasKey("removalEffects")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"model=best", "from=2026-13-01", "from=2026-05-01&to=2026-04-01", "lookbackDays=-5",
            "view=profit", "halfLifeDays=0", "target=maybe", "groupBy=colour", "lookbackDays=ten"})
    void shouldAnswerBadParametersWithA400AndAClearMessage(String query) {
        api(Role.VIEWER).get("/api/attribution?" + query).then().statusCode(400)
                .body("error", not(equalTo(null))).body("details.size()", org.hamcrest.Matchers.greaterThan(0))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldGroupByAccountAndAnswer404ForAnUnknownOpportunity() {
        JsonPath byAccount = api(Role.VIEWER).get("/api/attribution?model=w_shaped&groupBy=account&target=any").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(byAccount.getList("rows").size() > 0);
        String error = api(Role.VIEWER).get("/api/attribution/opportunity/NOPE").then().statusCode(404).extract()
                .path("error");
        assertTrue(error.contains("NOPE"), error);
    }

    @Test
    void shouldPutABootstrapIntervalOnEveryRowThatHoldsItsCredit() {
        for (String model : List.of("linear", "markov")) {
            JsonPath a = api(Role.VIEWER).get("/api/attribution?model=" + model
                    + "&interval=0.9&resamples=40&target=any&period=last_12_months").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(0.9, a.getDouble("interval"), 1e-12);
            assertEquals(40, a.getInt("resamples"));
            List<Map<String, Object>> rows = a.getList("rows");
            assertTrue(!rows.isEmpty(), model);
            for (Map<String, Object> row : rows) {
                double credit = ((Number) row.get("credit")).doubleValue();
                double low = ((Number) row.get("low")).doubleValue();
                double high = ((Number) row.get("high")).doubleValue();
                assertTrue(low <= credit && credit <= high, model + " " + row);
                assertEquals(high - low > credit || a.getInt("conversions") < 30, row.get("tooLittleData"), model + " " + row);
            }
            JsonPath plain = api(Role.VIEWER).get("/api/attribution?model=" + model + "&target=any&period=last_12_months")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(plain.getList("rows.credit"), a.getList("rows.credit"), "the interval leaves the credit alone");
            assertTrue(plain.getMap("rows[0]").get("low") == null, "no interval unless asked");
        }
    }

    @Test
    void shouldShowHowTheRankingMovesWithTheWindowWithTauOneForTheCurrentLookback() {
        JsonPath a = api(Role.VIEWER).get("/api/attribution/sensitivity?model=linear&lookbackDays=90&target=any")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("30", "60", "90", "180", "365", "all"), a.getList("lookbacks.lookbackDays"));
        assertEquals(List.of(false, false, true, false, false, false), a.getList("lookbacks.current"));
        assertEquals(1.0, a.getDouble("lookbacks[2].tau"), 1e-12, "the current lookback agrees with itself");
        assertTrue(a.getDouble("lowestTau") <= 1.0 && a.getDouble("lowestTau") >= -1.0);
        assertTrue(a.getString("verdict").length() > 5);
        assertTrue(a.get("halfLives") == null, "half-lives only for time decay");
        JsonPath plain = api(Role.VIEWER).get("/api/attribution?model=linear&lookbackDays=30&target=any").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(plain.getList("rows.credit"), a.getList("lookbacks[0].rows.credit"), "each variant is the model's own answer");

        JsonPath decay = api(Role.VIEWER).get("/api/attribution/sensitivity?model=time_decay&halfLifeDays=14&target=any")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3.0, 7.0, 14.0, 30.0, 60.0), decay.getList("halfLives.halfLifeDays", Double.class));
        assertEquals(1.0, decay.getDouble("halfLives[2].tau"), 1e-12);
        api(Role.VIEWER).get("/api/attribution/sensitivity?lookbackDays=-3").then().statusCode(400);
    }

    @Test
    void shouldRankTheTenModelsOnSimulatedTruthTheSameWayTwice() {
        String url = "/api/attribution/backtest?period=last_12_months&target=any";
        String first = api(Role.VIEWER).get(url).then().statusCode(200).extract().asString();
        JsonPath a = JsonPath.from(first);
        assertEquals(List.of("one_dominant", "even", "mixed"), a.getList("scenarios.id"));
        assertEquals(10, a.getList("average").size());
        assertEquals(a.getString("average[0].model"), a.getString("best"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), a.getList("average.rank"));
        for (int s = 0; s < 3; s++) {
            Map<String, Number> shares = a.getMap("scenarios[" + s + "].trueShares");
            double sum = shares.values().stream().mapToDouble(Number::doubleValue).sum();
            assertEquals(1.0, sum, 1e-5, "true shares of scenario " + s + " add up to one");
        }
        assertEquals(List.of("markov", "shapley"), a.getList("predictiveChecks.model"));
        assertTrue(a.getDouble("predictiveChecks[0].baselineLogLoss") > 0);
        assertTrue(a.getInt("journeys") > a.getInt("predictiveChecks[0].testJourneys"));
        String again = api(Role.VIEWER).get(url).then().statusCode(200).extract().asString();
        assertEquals(first, again, "seeded from the filter: the same answer");
        api(Role.VIEWER).get("/api/attribution/backtest?from=2026-13-01").then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"interval=1.5", "interval=0", "interval=abc", "interval=NaN", "interval=0.9&resamples=5",
            "interval=0.9&resamples=x", "resamples=100"})
    void shouldRefuseABadIntervalWithAClearMessage(String query) {
        api(Role.VIEWER).get("/api/attribution?" + query).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.anyOf(containsString("interval"), containsString("resamples")));
    }

    @Test
    void shouldExplainAWonOpportunityUnderEveryModelWithWeightsSummingToOne() {
        String id = wonOpportunity();
        for (String model : MODELS) {
            JsonPath e = api(Role.VIEWER).get("/api/attribution/opportunity/" + id + "?model=" + model).then()
                    .statusCode(200).extract().jsonPath();
            List<Double> weights = e.getList("touches.weight", Double.class);
            List<String> touchIds = e.getList("touches.id", String.class);
            for (String touchId : touchIds) {
                assertTrue(touchId != null && !touchId.startsWith("#"), "an external id read from the database: " + touchId);
            }
            assertEquals(touchIds.size(), new java.util.HashSet<>(touchIds).size(), "each touch once: " + touchIds);
            if (e.getBoolean("attributed")) {
                assertEquals(1.0, weights.stream().mapToDouble(Double::doubleValue).sum(), 1e-4, model);
            }
            if (model.equals("markov")) {
                assertTrue(e.getMap("channelScores").size() > 0 || !e.getBoolean("attributed"), model);
            }
        }
        api(Role.VIEWER).get("/api/attribution/opportunity/" + id + "?view=revenue&from=2000-01-01&to=2000-01-31")
                .then().statusCode(400).body("error", containsString("outside the period"));
    }

    static String wonOpportunity() {
        Map<String, Object> rows = api(Role.VIEWER).get("/api/attribution/compare?target=any&lookbackDays=all").then()
                .statusCode(200).extract().jsonPath().getMap("answers.linear");
        assertTrue(((Number) rows.get("conversions")).intValue() > 0);
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                io.accountable.opportunity.Opportunity.<io.accountable.opportunity.Opportunity>find(
                        "status = 'won' order by closedAt desc").firstResult().externalId);
    }

    @Test
    void shouldChangeOnlyTimeDecayWhenTheHalfLifeMoves() {
        String query = "/api/attribution/compare?target=any&period=last_12_months&halfLifeDays=";
        JsonPath short_ = api(Role.VIEWER).get(query + "2").then().statusCode(200).extract().jsonPath();
        JsonPath long_ = api(Role.VIEWER).get(query + "200").then().statusCode(200).extract().jsonPath();
        for (String model : MODELS) {
            List<Double> a = short_.getList("models." + model + ".credit", Double.class);
            List<Double> b = long_.getList("models." + model + ".credit", Double.class);
            if (model.equals("time_decay")) {
                org.junit.jupiter.api.Assertions.assertNotEquals(a, b, "time decay follows the half-life");
            } else {
                assertEquals(a, b, model + " does not depend on the half-life");
            }
        }
        List<Double> single = api(Role.VIEWER).get("/api/attribution?model=time_decay&target=any&period=last_12_months"
                + "&halfLifeDays=2").then().statusCode(200).extract().jsonPath().getList("rows.credit", Double.class);
        assertEquals(short_.getList("models.time_decay.credit", Double.class), single);
    }
}
