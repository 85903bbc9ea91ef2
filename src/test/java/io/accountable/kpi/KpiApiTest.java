package io.accountable.kpi;

import static io.accountable.TestUsers.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.kpi.formula.ExecutiveKpis;
import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class KpiApiTest {

    @Test
    void shouldCompareWithTheSameDaysAYearEarlierWhenAsked() {
        JsonPath year = api(Role.VIEWER).get("/api/kpis?from=2026-01-01&to=2026-03-31&target=any&compare=year").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("2025-01-01", year.getString("previousFrom"));
        assertEquals("2025-03-31", year.getString("previousTo"));
        JsonPath lastYear = api(Role.VIEWER).get("/api/kpis?from=2025-01-01&to=2025-03-31&target=any").then()
                .statusCode(200).extract().jsonPath();
        for (String kpi : new String[] {"revenue", "pipeline_created", "win_rate", "engaged_accounts"}) {
            assertEquals(lastYear.getDouble("kpis." + kpi + ".value"), year.getDouble("kpis." + kpi + ".previous"), 1e-9,
                    kpi + ": the previous value is last year's same days");
        }
        JsonPath before = api(Role.VIEWER).get("/api/kpis?from=2026-01-01&to=2026-03-31&target=any").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("2025-10-03", before.getString("previousFrom"), "by default the 90 days just before");
        api(Role.VIEWER).get("/api/kpis?compare=decade").then().statusCode(400).body(containsString("compare"));
    }

    @Test
    void shouldAnswerEveryKpiOfTheSpecWithValuePreviousAndDelta() {
        JsonPath kpis = api(Role.VIEWER).get("/api/kpis?from=2026-01-01&to=2026-06-30&target=any").then()
                .statusCode(200).body("previousFrom", org.hamcrest.Matchers.equalTo("2025-07-04"))
                .body("previousTo", org.hamcrest.Matchers.equalTo("2025-12-31")).extract().jsonPath();
        for (String id : ExecutiveKpis.IDS) {
            assertEquals(true, kpis.getMap("kpis").containsKey(id), id);
            assertEquals(true, kpis.getMap("kpis." + id).containsKey("previous"), id);
        }
        double revenue = kpis.getDouble("kpis.revenue.value");
        double previous = kpis.getDouble("kpis.revenue.previous");
        assertEquals((revenue - previous) / Math.abs(previous), kpis.getDouble("kpis.revenue.delta"), 1e-9);
        assertEquals(kpis.getDouble("kpis.revenue.delta"), kpis.getDouble("kpis.revenue_growth.value"), 1e-12);
    }

    @Test
    void shouldAgreeWithTheAttributionApiOnRevenue() {
        double revenue = api(Role.VIEWER).get("/api/kpis?period=last_12_months").then().statusCode(200).extract()
                .jsonPath().getDouble("kpis.revenue.value");
        double total = api(Role.VIEWER).get("/api/attribution?period=last_12_months").then().statusCode(200)
                .extract().jsonPath().getDouble("total");
        assertEquals(total, revenue, 1e-6);
    }

    @Test
    void shouldServeStagesWithABottleneckAndEngagementTiers() {
        api(Role.VIEWER).get("/api/kpis/stages?target=any").then().statusCode(200).body("stages.size()",
                org.hamcrest.Matchers.greaterThan(3)).body("bottleneck", notNullValue());
        api(Role.VIEWER).get("/api/kpis/engagement-tiers?target=any").then().statusCode(200)
                .body("tiers.size()", org.hamcrest.Matchers.equalTo(4)).body("$", hasKey("spearman"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=yesterday", "from=2026-05-01&to=2026-01-01", "target=perhaps", "lookbackDays=-1"})
    void shouldRejectBadParametersWithA400(String query) {
        api(Role.VIEWER).get("/api/kpis?" + query).then().statusCode(400).body("error", notNullValue())
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    /** The demo company reads like a real one: no more opens than sends, rates in the ranges B2B email shows. */
    @org.junit.jupiter.api.Test
    void shouldShowCredibleEmailRatesOnTheDemoData() {
        for (String period : new String[] {"last_12_months", "last_quarter", "year_to_date"}) {
            var kpis = io.accountable.TestUsers.api(io.accountable.security.Role.VIEWER).queryParam("period", period)
                    .get("/api/kpis").then().statusCode(200).extract().jsonPath();
            double open = kpis.getDouble("kpis.email_open_rate.value");
            double click = kpis.getDouble("kpis.email_click_rate.value");
            double reply = kpis.getDouble("kpis.email_reply_rate.value");
            assertEquals(true, open >= 0.15 && open <= 0.45, period + " open rate " + open);
            assertEquals(true, click >= 0.01 && click <= 0.10, period + " click rate " + click);
            assertEquals(true, reply >= 0.005 && reply <= 0.10, period + " reply rate " + reply);
            assertEquals(true, click <= open && reply <= open, period);
        }
    }
}
