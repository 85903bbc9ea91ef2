package io.accountable.kpi;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code GET /api/kpis/catalogue} and the dashboard's tiles read the one catalogue. */
@QuarkusTest
class KpiCatalogueApiTest {

    private static final String QUERY = "period=last_12_months&target=any&model=linear";

    @Test
    void shouldListEveryKpiOfTheApiWithItsPolarityAndDefinition() {
        JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + QUERY).then().statusCode(200).extract().jsonPath();
        Map<String, Object> values = kpis.getMap("kpis");
        List<Map<String, Object>> catalogue = api(Role.VIEWER).get("/api/kpis/catalogue").then().statusCode(200)
                .extract().jsonPath().getList("$");
        List<Object> ids = catalogue.stream().map(e -> e.get("id")).toList();
        assertEquals(values.size(), ids.size(), "one entry per KPI: " + ids);
        assertEquals(values.keySet(), new java.util.HashSet<>(ids), "the ids of /api/kpis");
        for (Map<String, Object> e : catalogue) {
            for (String field : List.of("group", "label", "format", "polarity", "drill", "definition")) {
                assertNotNull(e.get(field), e.get("id") + " has " + field);
            }
            boolean lower = List.of("cac", "cac_fully_loaded", "sales_cycle_days", "sales_cycle_days_median")
                    .contains(e.get("id"));
            assertEquals(lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER", e.get("polarity"), "" + e.get("id"));
        }
        Map<String, Object> created = catalogue.stream().filter(e -> "pipeline_created".equals(e.get("id"))).findFirst()
                .orElseThrow();
        assertTrue(((String) created.get("drill")).startsWith("/opportunities?drill=created"), "" + created);

        // the definition in the request's language
        List<Map<String, Object>> ru = api(Role.VIEWER).header("Accept-Language", "ru").get("/api/kpis/catalogue")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertNotEquals(catalogue.get(0).get("definition"), ru.get(0).get("definition"));
        assertTrue(((String) ru.get(0).get("definition")).matches(".*[а-я].*"), "" + ru.get(0));
    }

    @Test
    void shouldAskForSignIn() {
        io.restassured.RestAssured.given().get("/api/kpis/catalogue").then().statusCode(401);
    }

    @Test
    void shouldColourEveryTilesChangeByTheCataloguesPolarity() {
        for (String query : List.of(QUERY, "from=2026-01-01&to=2026-06-30&target=true&model=w_shaped")) {
            JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + query).then().statusCode(200).extract().jsonPath();
            Map<String, String> polarity = new HashMap<>();
            api(Role.VIEWER).get("/api/kpis/catalogue").then().statusCode(200).extract().jsonPath()
                    .<Map<String, Object>>getList("$")
                    .forEach(e -> polarity.put((String) e.get("id"), (String) e.get("polarity")));
            String page = as(Role.VIEWER).get("/?" + query).then().statusCode(200).extract().asString();
            Matcher tile = Pattern.compile("data-kpi=\"([a-z_]+)\".*?data-trend=\"(better|worse|flat)\"",
                    Pattern.DOTALL).matcher(page);
            int seen = 0;
            int lowerSeen = 0;
            while (tile.find()) {
                String id = tile.group(1);
                Object delta = kpis.get("kpis." + id + ".delta");
                double d = delta == null ? 0 : ((Number) delta).doubleValue();
                boolean lower = "LOWER_IS_BETTER".equals(polarity.get(id));
                String expected = d == 0 ? "flat" : (d > 0) != lower ? "better" : "worse";
                assertEquals(expected, tile.group(2), query + ": " + id + " delta " + delta);
                seen++;
                if (lower && d != 0) {
                    lowerSeen++;
                }
            }
            assertEquals(polarity.size(), seen, query + ": one tile per KPI");
            assertTrue(lowerSeen > 0, query + ": a lower-is-better tile with a change was checked");
        }
    }

    @Test
    void shouldShowEachTilesDefinition() {
        String page = as(Role.VIEWER).get("/?" + QUERY).then().statusCode(200).extract().asString();
        assertTrue(page.contains("title=\"Sum of the deals created in the period at the accounts in scope.\""), "the definition on the tile");
        assertTrue(page.matches("(?s).*data-kpi=\"pipeline_created\".*?href=\"/opportunities\\?[^\"]*drill=created.*"),
                "pipeline created opens the opportunities");
    }
}
