package io.accountable.kpi;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/kpis/trend}: 24 months, each the numbers of {@code /api/kpis} for that month. */
@QuarkusTest
class KpiTrendTest {

    private static final List<String> DEFAULT = List.of("revenue", "pipeline_created", "win_rate",
            "pipeline_velocity");

    private static JsonPath trend(String query) {
        return api(Role.VIEWER).get("/api/kpis/trend?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static void assertValue(Object expected, Object actual, String where) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, where);
            return;
        }
        double e = ((Number) expected).doubleValue();
        assertEquals(e, ((Number) actual).doubleValue(), 1e-6 * Math.max(1, Math.abs(e)), where);
    }

    @ParameterizedTest
    @ValueSource(strings = {"to=2026-06-15&target=any", "from=2026-01-01&to=2026-03-31&lookbackDays=30&interval=month"})
    void shouldAnswer24ConsecutiveMonthsEqualToTheKpisOfEachMonth(String query) {
        JsonPath trend = trend(query);
        String filters = query.replaceAll("(^|&)(from|to|interval)=[^&]*", "");
        LocalDate to = LocalDate.parse(query.replaceAll(".*to=([0-9-]+).*", "$1"));
        assertEquals("month", trend.getString("interval"));
        assertEquals(DEFAULT, trend.getList("kpis"));
        List<Map<String, Object>> points = trend.getList("points");
        assertEquals(24, points.size());
        LocalDate expectedFrom = to.withDayOfMonth(1).minusMonths(23);
        for (int i = 0; i < points.size(); i++) {
            Map<String, Object> p = points.get(i);
            assertEquals(expectedFrom.toString(), p.get("from"), "point " + i);
            LocalDate end = i == 23 ? to : expectedFrom.plusMonths(1).minusDays(1);
            assertEquals(end.toString(), p.get("to"), "point " + i);
            assertTrue(p.keySet().containsAll(DEFAULT), "" + p.keySet());
            expectedFrom = expectedFrom.plusMonths(1);
        }
        for (int i : new int[] {23, 17, 4}) {
            Map<String, Object> p = points.get(i);
            JsonPath month = api(Role.VIEWER).get("/api/kpis?from=" + p.get("from") + "&to=" + p.get("to") + filters)
                    .then().statusCode(200).extract().jsonPath();
            for (String kpi : DEFAULT) {
                assertValue(month.get("kpis." + kpi + ".value"), p.get(kpi), kpi + " in " + p.get("from"));
            }
        }
        // Revenue and pipeline created are sums over the period: the months add up to the year.
        JsonPath year = api(Role.VIEWER).get("/api/kpis?from=" + points.get(12).get("from") + "&to=" + to + filters)
                .then().statusCode(200).extract().jsonPath();
        for (String kpi : List.of("revenue", "pipeline_created")) {
            double sum = points.subList(12, 24).stream().mapToDouble(p -> ((Number) p.get(kpi)).doubleValue()).sum();
            assertValue(year.getDouble("kpis." + kpi + ".value"), sum, kpi + " over the last 12 months");
        }
        assertTrue(points.stream().anyMatch(p -> ((Number) p.get("revenue")).doubleValue() > 0), "no revenue at all");
    }

    @Test
    void shouldComputeTheDefaultKpisOnceForEveryLookbackAndTheOthersForTheirs() {
        // the four default KPIs count deals, not touches: the same months for any lookback
        assertEquals(trend("to=2026-06-30&target=any&lookbackDays=30").getList("points"),
                trend("to=2026-06-30&target=any&lookbackDays=365").getList("points"));
        // a KPI of touches follows the lookback, and equals /api/kpis for that lookback
        for (String lookback : List.of("30", "365")) {
            Map<String, Object> last = trend("to=2026-06-30&target=any&kpi=influenced_pipeline&lookbackDays=" + lookback)
                    .getMap("points[23]");
            JsonPath month = api(Role.VIEWER).get("/api/kpis?from=2026-06-01&to=2026-06-30&target=any&lookbackDays="
                    + lookback).then().statusCode(200).extract().jsonPath();
            assertValue(month.get("kpis.influenced_pipeline.value"), last.get("influenced_pipeline"), lookback);
        }
    }

    @Test
    void shouldAnswerTheKpisAskedForInTheirOrder() {
        JsonPath trend = trend("to=2026-06-30&target=any&kpi=win_rate&kpi=engaged_accounts,nps");
        assertEquals(List.of("win_rate", "engaged_accounts", "nps"), trend.getList("kpis"));
        Map<String, Object> last = trend.getMap("points[23]");
        assertEquals(List.of("from", "to", "win_rate", "engaged_accounts", "nps"), List.copyOf(last.keySet()));
        JsonPath month = api(Role.VIEWER).get("/api/kpis?from=2026-06-01&to=2026-06-30&target=any").then()
                .statusCode(200).extract().jsonPath();
        assertValue(month.get("kpis.engaged_accounts.value"), last.get("engaged_accounts"), "engaged accounts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kpi=bogus", "kpi=revenue&kpi=roi", "kpi=revenue_growth", "interval=week",
            "to=tomorrow"})
    void shouldRejectUnknownKpisAndIntervalsWithA400(String query) {
        String body = api(Role.VIEWER).get("/api/kpis/trend?" + query).then().statusCode(400)
                .body("error", notNullValue()).body(org.hamcrest.Matchers.not(containsString("Exception")))
                .extract().asString();
        if (query.startsWith("kpi=")) {
            assertTrue(body.contains("pipeline_velocity"), "lists the KPIs: " + body);
        }
        if (query.startsWith("interval")) {
            assertTrue(body.contains("week"), body);
        }
    }

    @Test
    void shouldAnswerTheSameMonthsAsTheTrendCardAndOnTheDashboard() {
        String query = "period=last_12_months&target=any";
        List<Map<String, Object>> points = trend(query).getList("points");
        JsonPath card = api(Role.VIEWER).get("/api/cards/trend?" + query).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = card.getList("rows");
        assertEquals(List.of("key", "from", "to", "revenue", "pipeline_created", "win_rate", "pipeline_velocity"),
                card.getList("columns.key"));
        assertEquals(points.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            Map<String, Object> point = points.get(i);
            assertEquals(point.get("from"), row.get("from"));
            assertEquals(point.get("to"), row.get("to"));
            assertEquals(point.get("from").toString().substring(0, 7), row.get("key"));
            for (String kpi : DEFAULT) {
                assertValue(point.get(kpi), row.get(kpi), kpi + " row " + i);
            }
        }
        String page = as(Role.VIEWER).get("/?" + query).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"panel-trend\" hx-get=\"/fragments/trend?period=last_12_months"),
                "the chart panel is loaded after the page");
        String panel = as(Role.VIEWER).get("/fragments/trend?" + query).then().statusCode(200).extract().asString();
        assertTrue(panel.contains("id=\"panel-trend\""), "the chart panel");
        assertTrue(panel.contains("Revenue and pipeline by month"));
        assertTrue(panel.contains("href=\"/cards/trend.csv?period=last_12_months"));
        as(Role.VIEWER).cookie("accountable-lang", "ro").get("/fragments/trend?" + query).then().statusCode(200)
                .body(containsString("Venituri și pipeline pe lună"));
    }
}
