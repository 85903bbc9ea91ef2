package io.accountable.kpi;

import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardPageTest {

    @Test
    void shouldLoadTheIntervalsCardAfterThePageWithAnIntervalOnEveryChannel() {
        String page = as(Role.VIEWER).get("/?period=last_12_months&target=any").then().statusCode(200).extract().asString();
        assertTrue(page.contains("hx-get=\"/fragments/intervals?"), "the page asks for the card after loading");
        String card = as(Role.VIEWER).get("/fragments/intervals?period=last_12_months&target=any").then().statusCode(200)
                .body(containsString("90 % interval")).body(not(containsString("Exception"))).extract().asString();
        int rows = card.split("<th scope=\"row\">", -1).length - 1;
        assertTrue(rows >= 3, "one row per credited channel: " + card);
        // a bad parameter falls back to the default, as on the page
        as(Role.VIEWER).get("/fragments/intervals?from=nonsense&model=nope").then().statusCode(200)
                .body(containsString("90 % interval"));
    }

    @Test
    void shouldLoadTheModelCheckCardAfterThePageWithAllTenModelsRanked() {
        String page = as(Role.VIEWER).get("/?period=last_12_months&target=any").then().statusCode(200).extract().asString();
        assertTrue(page.contains("hx-get=\"/fragments/backtest?"), "the page asks for the card after loading");
        String card = as(Role.VIEWER).get("/fragments/backtest?period=last_12_months&target=any&model=linear")
                .then().statusCode(200).body(containsString("Which model fits your data?"))
                .body(containsString("(viewing)")).body(containsString("channel-blind guess"))
                .body(not(containsString("Exception"))).extract().asString();
        int rows = card.split("<th scope=\"row\">", -1).length - 1;
        assertEquals(10, rows, "one row per model: " + card);
        as(Role.VIEWER).get("/fragments/backtest?from=nonsense").then().statusCode(200)
                .body(containsString("Which model fits your data?"));
    }

    @Test
    void shouldRenderTheWholePageWithoutHtmx() {
        as(Role.VIEWER).get("/?period=last_12_months&model=markov").then().statusCode(200)
                .body(containsString("<html")).body(containsString("id=\"filters\""))
                .body(containsString("Revenue from target accounts")).body(containsString("All models side by side"))
                .body(containsString("View as table")).body(containsString("Days per pipeline stage"));
    }

    @Test
    void shouldRenderOnlyTheRegionsAndTheFilterFieldsForHtmx() {
        String body = as(Role.VIEWER).header("HX-Request", "true").get("/?period=this_quarter&model=linear").then()
                .statusCode(200).body(not(containsString("<html"))).body(containsString("hx-swap-oob=\"true\""))
                .body(containsString("Revenue")).extract().asString();
        assertTrue(body.contains("value=\"this_quarter\" selected"), "the filter fields reflect the request");
    }

    @Test
    void shouldFallBackToDefaultsWithANoticeForInvalidParameters() {
        as(Role.VIEWER).get("/?model=best&from=2026-99-01&lookbackDays=-3").then().statusCode(200)
                .body(containsString("Unknown attribution model")).body(containsString("lookbackDays"))
                .body(containsString("The default is shown instead"));
    }

    @Test
    void shouldEscapeWhatTheUserTypes() {
        as(Role.VIEWER).get("/?tier=<script>alert(1)</script>").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void shouldWriteTheHalfLifeFieldAsPeopleTypeIt() {
        as(Role.VIEWER).get("/?halfLifeDays=7").then().statusCode(200).body(containsString("name=\"halfLifeDays\" value=\"7\""));
        as(Role.VIEWER).get("/?halfLifeDays=7.5").then().statusCode(200)
                .body(containsString("name=\"halfLifeDays\" value=\"7.5\""));
    }

    @Test
    void shouldShowRevenueGrowthBesideTheLastPeriodsWithoutAChangeOfAChange() {
        String page = as(Role.VIEWER).get("/?period=last_quarter").then().statusCode(200).extract().asString();
        int at = page.indexOf("data-kpi=\"revenue_growth\"");
        String tile = page.substring(at, page.indexOf("</article>", at));
        assertTrue(tile.contains("vs ") && !tile.contains("no comparison"), tile);
    }

    @Test
    void shouldShowATileForEveryKpiOfTheApi() {
        var kpis = io.accountable.TestUsers.api(Role.VIEWER).queryParam("period", "last_12_months").get("/api/kpis")
                .then().statusCode(200).extract().jsonPath().getMap("kpis");
        String page = as(Role.VIEWER).get("/?period=last_12_months").then().statusCode(200).extract().asString();
        for (Object id : kpis.keySet()) {
            assertTrue(page.contains("data-kpi=\"" + id + "\""), "a tile for " + id);
        }
    }

    @Test
    void shouldSayWhenNothingMatchesTheFilters() {
        as(Role.VIEWER).get("/?tier=no_such_tier").then().statusCode(200)
                .body(containsString("Nothing matches these filters"))
                .body(containsString("No account has the tier &#39;no_such_tier&#39;, so nothing matches. Tiers in the data: "
                        + "one_to_few, one_to_many, one_to_one."));
        as(Role.VIEWER).get("/accounts?segment=nowhere").then().statusCode(200)
                .body(containsString("No account is in the segment &#39;nowhere&#39;"));
        as(Role.VIEWER).get("/?tier=one_to_one").then().statusCode(200).body(not(containsString("No account has the tier")));
    }

    /** A fall in CAC or the sales cycle is good news; a fall in revenue is not: colour and words follow the KPI. */
    @Test
    void shouldColourEachChangeByWhetherItIsGoodNews() {
        var kpis = io.accountable.TestUsers.api(Role.VIEWER).queryParam("period", "last_12_months").get("/api/kpis")
                .then().statusCode(200).extract().jsonPath();
        String page = as(Role.VIEWER).get("/?period=last_12_months").then().statusCode(200).extract().asString();
        java.util.Map<String, Boolean> lowerIsBetter = java.util.Map.of("cac", true, "sales_cycle_days", true,
                "revenue", false, "win_rate", false);
        lowerIsBetter.forEach((id, lower) -> {
            Number delta = kpis.get("kpis." + id + ".delta");
            String expected = delta == null || delta.doubleValue() == 0 ? "flat"
                    : (delta.doubleValue() > 0) != lower ? "better" : "worse";
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-kpi=\"" + id
                    + "\">.*?data-trend=\"([a-z]+)\"", java.util.regex.Pattern.DOTALL).matcher(page);
            assertTrue(m.find(), "tile " + id);
            org.junit.jupiter.api.Assertions.assertEquals(expected, m.group(1), id + " changed by " + delta);
        });
    }

    /** The menu's Dashboard, Accounts and Reports links carry the filters of the page being shown. */
    @Test
    void shouldKeepTheFiltersInTheMenu() {
        for (String path : new String[] {"/?period=last_quarter&model=linear", "/accounts?period=last_quarter&model=linear",
            "/reports?period=last_quarter&model=linear"}) {
            String page = as(Role.VIEWER).get(path).then().statusCode(200).extract().asString();
            for (String target : new String[] {"/", "/accounts", "/reports"}) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li><a href=\"" + java.util.regex.Pattern
                        .quote(target) + "\\?([^\"]*)\" data-keep-filters").matcher(page);
                assertTrue(m.find(), path + ": the menu link to " + target + " has no filters");
                assertTrue(m.group(1).contains("period=last_quarter") && m.group(1).contains("model=linear"),
                        path + ": " + m.group(1));
            }
        }
    }
}
