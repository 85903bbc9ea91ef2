package io.accountable.account;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A drill opens exactly what its number counted: the list's count or sum equals the tile or the chart's bar. */
@QuarkusTest
class DrillDownTest {

    private static List<CSVRecord> export(String query) throws Exception {
        String csv = as(Role.VIEWER).get("/accounts/export.csv?" + query).then().statusCode(200).extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    /** The export of a path drill (the path as a query parameter: RestAssured encodes it once). */
    private static List<CSVRecord> exportPath(String query, String path) throws Exception {
        String csv = as(Role.VIEWER).queryParam("path", path).get("/accounts/export.csv?" + query).then()
                .statusCode(200).extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    private static double sum(List<CSVRecord> rows, String column) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r.get(column))).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"period=last_12_months&target=any&model=linear",
            "from=2026-01-01&to=2026-06-30&target=true&model=w_shaped&lookbackDays=90"})
    void shouldOpenExactlyWhatEachTileCounted(String query) throws Exception {
        JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + query).then().statusCode(200).extract().jsonPath();
        double engaged = kpis.getDouble("kpis.engaged_accounts.value");
        assertEquals(engaged, export(query + "&drill=engaged").size(), "engaged accounts");
        List<CSVRecord> won = export(query + "&drill=won");
        assertEquals(kpis.getDouble("kpis.revenue.value"), sum(won, "won_revenue"), 0.01, "revenue");
        assertEquals(kpis.getDouble("kpis.account_conversion_rate.value") * engaged, won.size(), 1e-6,
                "accounts converted");
        assertEquals(kpis.getDouble("kpis.pipeline_created.value"), sum(export(query + "&drill=created"),
                "created_pipeline"), 0.01, "pipeline created");

        String page = as(Role.VIEWER).get("/?" + query).then().statusCode(200).extract().asString();
        assertTrue(page.matches("(?s).*data-kpi=\"engaged_accounts\".*?drill=engaged.*"), "the tile drills");
        assertTrue(page.matches("(?s).*data-kpi=\"pipeline_created\"[^<]*>.*?href=\"/opportunities\\?[^\"]*drill=created.*"),
                "pipeline created opens the opportunities it summed (OpportunityListTest)");
        assertTrue(page.matches("(?s).*data-kpi=\"influenced_pipeline\".*?drill=created&amp;sort=created_pipeline.*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel", "campaign"})
    void shouldShowEachChannelsAndCampaignsCreditPerAccount(String groupBy) throws Exception {
        String query = "period=last_12_months&target=any&model=time_decay";
        JsonPath answer = api(Role.VIEWER).get("/api/attribution?groupBy=" + groupBy + "&" + query).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = answer.getList("rows");
        assertTrue(rows.size() >= 2);
        for (Map<String, Object> row : rows.subList(0, Math.min(4, rows.size()))) {
            String key = (String) row.get("key");
            double credit = ((Number) row.get("credit")).doubleValue();
            List<CSVRecord> accounts = export(query + "&" + groupBy + "=" + key);
            assertEquals(credit, sum(accounts, "attributed_credit"), 0.01, groupBy + " " + key);
            assertTrue(accounts.stream().allMatch(r -> Double.parseDouble(r.get("attributed_credit")) > 0));
        }
        String list = as(Role.VIEWER).get("/accounts?" + query + "&" + groupBy + "=" + rows.get(0).get("key")).then()
                .statusCode(200).extract().asString();
        assertTrue(list.contains("Credit of "), "the credit column says whose credit it is");
        String dashboard = as(Role.VIEWER).get("/?" + query).then().statusCode(200).extract().asString();
        assertTrue(dashboard.contains("&" + groupBy + "=\" data-drill-keys="), "the " + groupBy + " chart drills");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/accounts?drill=everything", "/accounts/export.csv?drill=1"})
    void shouldRefuseAnUnknownDrill(String path) {
        as(Role.VIEWER).get(path).then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"period=last_12_months&target=any", "from=2026-01-01&to=2026-06-30&target=true&view=pipeline"})
    void shouldOpenTheAccountsOfAPath(String query) throws Exception {
        JsonPath paths = api(Role.VIEWER).get("/api/attribution/paths?top=100&" + query).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> rows = paths.getList("rows");
        int checked = 0;
        for (Map<String, Object> row : rows.subList(0, Math.min(8, rows.size()))) {
            @SuppressWarnings("unchecked")
            List<String> path = (List<String>) row.get("path");
            String key = path.isEmpty() ? "(none)" : String.join(">", path);
            int journeys = ((Number) row.get("journeys")).intValue();
            int conversions = ((Number) row.get("conversions")).intValue();
            int accounts = exportPath(query, key).size();
            assertTrue(accounts >= 1 && accounts <= journeys, key + ": " + accounts + " accounts of " + journeys);
            if (conversions == 0) {
                // a non-converting journey is one per account without a conversion: one account each
                assertEquals(journeys, accounts, key);
            }
            checked++;
        }
        assertTrue(checked > 0);
        assertEquals(0, exportPath(query, "nonsense>email").size(), "an unknown channel matches no journey");
        // the search form keeps the path drill
        String list = as(Role.VIEWER).queryParam("path", "email>event").get("/accounts?" + query).then().statusCode(200)
                .extract().asString();
        assertTrue(list.contains("name=\"path\" value=\"email&gt;event\""), "the search keeps the path");
        String page = as(Role.VIEWER).get("/?" + query).then().statusCode(200).extract().asString();
        assertTrue(page.contains("&amp;path=") || page.contains("&path="), "the paths table drills to the accounts");
    }
}
