package io.accountable.attribution;

import static io.accountable.TestUsers.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/attribution/paths}: the rows and the other row add up, and to the attribution's conversions. */
@QuarkusTest
class PathsApiTest {

    private static JsonPath paths(String query) {
        return api(Role.VIEWER).get("/api/attribution/paths?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"target=any", "target=any&view=pipeline", "target=any&lookbackDays=30&top=3",
            "target=true&top=1", "period=last_12_months&target=any&top=100", "segment=enterprise&target=any&top=5",
            "target=any&lookbackDays=all&model=markov&groupBy=campaign"})
    void shouldAddUpToTheTotalsAndToTheConversionsOfTheAttribution(String query) {
        JsonPath paths = paths(query);
        JsonPath attribution = api(Role.VIEWER).get("/api/attribution?" + query).then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> rows = paths.getList("rows");
        int top = paths.getInt("top");
        assertEquals(Math.min(top, paths.getInt("paths")), rows.size(), query);
        long journeys = paths.getLong("other.journeys");
        long conversions = paths.getLong("other.conversions");
        double value = paths.getDouble("other.value");
        long previous = Long.MAX_VALUE;
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<String> path = (List<String>) row.get("path");
            for (int i = 1; i < path.size(); i++) {
                assertNotEquals(path.get(i - 1), path.get(i), "repeats collapsed: " + path);
            }
            long j = ((Number) row.get("journeys")).longValue();
            long c = ((Number) row.get("conversions")).longValue();
            assertTrue(j <= previous, "sorted by journeys: " + query);
            assertTrue(j >= 1 && c <= j, query);
            assertEquals((double) c / j, number(row.get("conversionRate")), 1e-12);
            previous = j;
            journeys += j;
            conversions += c;
            value += number(row.get("value"));
        }
        assertEquals(paths.getLong("journeys"), journeys, query);
        assertEquals(paths.getLong("conversions"), conversions, query);
        assertEquals(paths.getDouble("value"), value, 1e-6 * Math.max(1, value), query);
        assertEquals(attribution.getInt("conversions"), paths.getInt("conversions"), query);
        assertEquals(attribution.getDouble("total"), paths.getDouble("value"), 1e-6 * Math.max(1, value), query);
        assertTrue(paths.getLong("journeys") >= paths.getLong("conversions"));
        assertEquals(attribution.getString("from"), paths.getString("from"));
        assertEquals(attribution.getString("to"), paths.getString("to"));
    }

    @Test
    void shouldFindFrequentPathsInTheDemoData() {
        JsonPath paths = paths("target=any&period=last_12_months");
        assertEquals(20, paths.getInt("top"));
        assertEquals(20, paths("target=any&period=last_12_months&top=").getInt("top"), "a blank top is the default");
        assertTrue(paths.getInt("conversions") > 0);
        assertTrue(paths.getInt("journeys") > paths.getInt("conversions"), "non-converting journeys count too");
        assertFalse(paths.getList("rows").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"top=0", "top=abc", "top=101", "top=-3", "top=2.5", "top=5&view=profit"})
    void shouldAnswerABadTopWithA400AndAClearMessage(String query) {
        String error = api(Role.VIEWER).get("/api/attribution/paths?" + query).then().statusCode(400)
                .body(not(containsString("Exception"))).extract().path("error");
        if (!query.contains("view")) {
            assertTrue(error.contains("'top'") && error.contains("1") && error.contains("100"), error);
        }
        String ru = api(Role.VIEWER).header("Accept-Language", "ru").get("/api/attribution/paths?top=0").then()
                .statusCode(400).extract().path("error");
        assertTrue(ru.contains("целым"), ru);
    }

    @Test
    void shouldAnswerTheCardWithTheRowsOfTheApi() {
        for (String query : List.of("target=any&period=last_12_months", "from=2026-01-01&to=2026-06-30&target=any")) {
            JsonPath paths = paths(query + "&top=10");
            JsonPath card = api(Role.VIEWER).get("/api/cards/paths?" + query).then().statusCode(200).extract()
                    .jsonPath();
            List<Map<String, Object>> expected = paths.getList("rows");
            List<Map<String, Object>> rows = card.getList("rows");
            boolean other = paths.getLong("other.journeys") > 0;
            assertEquals(expected.size() + (other ? 1 : 0), rows.size(), query);
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> e = expected.get(i);
                Map<String, Object> r = rows.get(i);
                @SuppressWarnings("unchecked")
                List<String> path = (List<String>) e.get("path");
                assertEquals(path.isEmpty() ? "(none)" : String.join(">", path), r.get("key"));
                assertEquals(number(e.get("journeys")), number(r.get("journeys")), 0);
                assertEquals(number(e.get("conversions")), number(r.get("conversions")), 0);
                assertEquals(number(e.get("conversionRate")), number(r.get("conversion_rate")), 1e-12);
                assertEquals(number(e.get("value")), number(r.get("value")), 1e-9);
                if (path.size() > 1) {
                    assertTrue(((String) r.get("label")).contains(" → "), "" + r.get("label"));
                }
            }
            if (other) {
                Map<String, Object> last = rows.get(rows.size() - 1);
                assertEquals("(other)", last.get("key"));
                assertEquals(paths.getLong("other.journeys"), ((Number) last.get("journeys")).longValue());
                assertEquals(paths.getLong("other.conversions"), ((Number) last.get("conversions")).longValue());
            }
            assertEquals(paths.getLong("journeys"), card.getLong("totals.journeys"));
            assertEquals(paths.getLong("conversions"), card.getLong("totals.conversions"));
        }
    }

    @Test
    void shouldShowTheMostFrequentJourneysOnTheDashboard() {
        io.accountable.TestUsers.as(Role.VIEWER).get("/?target=any").then().statusCode(200)
                .body(containsString("id=\"panel-paths\"")).body(containsString("Most frequent journeys"))
                .body(containsString("/cards/paths.csv?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"period=last_12_months&target=any&model=linear", "from=2026-01-01&to=2026-03-31&target=true&view=pipeline"})
    void shouldFlowTheConvertingJourneysFromFirstToLastChannelAddingUpToTheConversions(String query) {
        JsonPath flow = api(Role.VIEWER).get("/api/cards/flow?" + query).then().statusCode(200).extract().jsonPath();
        JsonPath attribution = api(Role.VIEWER).get("/api/attribution?" + query).then().statusCode(200).extract()
                .jsonPath();
        int conversions = flow.getInt("totals.conversions");
        assertEquals(attribution.getInt("conversions"), conversions, "every conversion of the attribution");
        List<Map<String, Object>> rows = flow.getList("rows");
        int inBands = rows.stream().mapToInt(r -> ((Number) r.get("conversions")).intValue()).sum();
        assertEquals(conversions, inBands + flow.getInt("totals.without_touches"));
        double shares = rows.stream().mapToDouble(r -> number(r.get("share"))).sum();
        assertEquals(1.0, shares, 1e-9);
        double value = rows.stream().mapToDouble(r -> number(r.get("value"))).sum();
        assertEquals(flow.getDouble("totals.value"), value, 1e-6);
        String region = io.accountable.TestUsers.as(Role.VIEWER).get("/fragments/flow?" + query).then().statusCode(200)
                .extract().asString();
        assertTrue(region.contains("<svg") && region.contains("role=\"img\""), region);
        assertTrue(region.contains("/cards/flow.csv?"), "its data");
    }
}
