package io.accountable.dashboard.card;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.accountable.web.CsvSafety;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every card answers the numbers of the existing APIs, and its CSV holds the same rows as its JSON. */
@QuarkusTest
class CardsApiTest {

    private static final List<String> FILTERS = List.of("period=last_12_months&target=any&model=linear",
            "from=2026-01-01&to=2026-06-30&model=w_shaped&target=any");

    private static JsonPath card(String id, String query) {
        return api(Role.VIEWER).get("/api/cards/" + id + "?" + query).then().statusCode(200)
                .body("id", equalTo(id)).body("title", notNullValue()).extract().jsonPath();
    }

    @Test
    void shouldListEveryCardWithATitle() {
        JsonPath list = api(Role.VIEWER).get("/api/cards").then().statusCode(200).extract().jsonPath();
        assertEquals(CardCatalogue.IDS, list.getList("id"));
        list.getList("title", String.class).forEach(t -> assertTrue(t != null && !t.isBlank()));
        api(Role.VIEWER).header("Accept-Language", "ru").get("/api/cards/stages").then().statusCode(200)
                .body("title", equalTo("Дни на этапах воронки продаж")).body("columns[0].key", equalTo("key"));
    }

    @Test
    void shouldAnswerEveryCardAsJsonAndTheSameRowsAsCsv() throws Exception {
        for (String query : FILTERS) {
            for (String id : CardCatalogue.IDS) {
                JsonPath json = card(id, query);
                List<String> keys = json.getList("columns.key", String.class);
                assertTrue(keys.size() >= 2, id);
                List<Map<String, Object>> rows = json.getList("rows");
                assertTrue(!rows.isEmpty(), id + " " + query + " has no rows");
                String csv = as(Role.VIEWER).get("/cards/" + id + ".csv?" + query).then().statusCode(200)
                        .contentType(containsString("text/csv")).extract().asString();
                List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(csv)).getRecords();
                assertEquals(keys, CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))
                        .getHeaderNames(), id);
                assertEquals(rows.size(), records.size(), id + " " + query);
                for (int i = 0; i < rows.size(); i++) {
                    for (String key : keys) {
                        assertCell(rows.get(i).get(key), records.get(i).get(key), id + " row " + i + " " + key);
                    }
                }
            }
        }
    }

    private static void assertCell(Object json, String cell, String where) {
        if (json == null) {
            assertEquals("", cell, where);
        } else if (json instanceof Number n) {
            assertNumber(n.doubleValue(), Double.parseDouble(cell), where);
        } else if (json instanceof Boolean b) {
            assertEquals(b.toString(), cell, where);
        } else {
            assertEquals(json, CsvSafety.unescape(cell), where);
        }
    }

    private static void assertNumber(Double expected, Object actual, String where) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, where);
            return;
        }
        double a = ((Number) actual).doubleValue();
        assertEquals(expected, a, 1e-9 * Math.max(1, Math.abs(expected)), where);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    @Test
    void shouldAnswerTheKpisOfTheKpiApi() {
        for (String query : FILTERS) {
            JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + query).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = card("kpis", query).getList("rows");
            assertTrue(rows.size() >= 20, "" + rows.size());
            for (Map<String, Object> row : rows) {
                String id = (String) row.get("key");
                Map<String, Object> kpi = kpis.getMap("kpis." + id);
                assertNotNull(kpi, id);
                for (String part : List.of("value", "previous", "delta")) {
                    Object expected = kpi.get(part);
                    // a breakdown (content engagement by stage) is its total on the tile and in the card
                    if (expected instanceof Map<?, ?> breakdown) {
                        expected = breakdown.get("total");
                    }
                    assertNumber(number(expected), row.get(part), query + " " + id + " " + part);
                }
            }
        }
    }

    @Test
    void shouldAnswerTheCreditsOfTheAttributionApi() {
        for (String query : FILTERS) {
            JsonPath attribution = api(Role.VIEWER).get("/api/attribution?" + query).then().statusCode(200).extract()
                    .jsonPath();
            JsonPath card = card("attribution-channel", query);
            List<Map<String, Object>> expected = attribution.getList("rows");
            List<Map<String, Object>> rows = card.getList("rows");
            assertEquals(expected.stream().map(r -> r.get("key")).toList(), rows.stream().map(r -> r.get("key")).toList());
            double credited = 0;
            for (int i = 0; i < rows.size(); i++) {
                for (String part : List.of("credit", "conversions", "cost", "roi", "roas")) {
                    assertNumber(number(expected.get(i).get(part)), rows.get(i).get(part), query + " " + i + " " + part);
                }
                credited += number(expected.get(i).get("credit"));
            }
            assertNumber(credited, card.get("totals.credit"), query + " credited");
            assertNumber(attribution.getDouble("total"), card.get("totals.total"), query + " total");
            assertNumber(attribution.getDouble("unattributed"), card.get("totals.unattributed"), query + " unattributed");
        }
    }

    @Test
    void shouldAnswerTheStagesOfTheKpiApi() {
        for (String query : FILTERS) {
            List<Map<String, Object>> expected = api(Role.VIEWER).get("/api/kpis/stages?" + query).then().statusCode(200)
                    .extract().jsonPath().getList("stages");
            List<Map<String, Object>> rows = card("stages", query).getList("rows");
            assertEquals(expected.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> e = expected.get(i);
                Map<String, Object> r = rows.get(i);
                assertEquals(e.get("name"), r.get("key"));
                assertNumber(number(e.get("entries")), r.get("entries"), query + " entries");
                assertNumber(number(e.get("open")), r.get("open"), query + " open");
                assertNumber(number(e.get("medianDays")), r.get("median_days"), query + " median");
                assertNumber(number(e.get("meanDays")), r.get("mean_days"), query + " mean");
                assertNumber(number(e.get("conversionToNext")), r.get("conversion_to_next"), query + " conversion");
                assertEquals(e.get("bottleneck"), r.get("bottleneck"));
            }
        }
    }

    @Test
    void shouldAnswerTheModelsOfTheComparison() {
        for (String query : FILTERS) {
            JsonPath compare = api(Role.VIEWER).get("/api/attribution/compare?" + query).then().statusCode(200)
                    .extract().jsonPath();
            JsonPath card = card("models", query);
            Map<String, List<Map<String, Object>>> models = compare.getMap("models");
            assertEquals(10, models.size());
            List<Map<String, Object>> rows = card.getList("rows");
            models.forEach((model, expected) -> {
                for (Map<String, Object> e : expected) {
                    Map<String, Object> row = rows.stream().filter(r -> r.get("key").equals(e.get("key"))).findFirst()
                            .orElseThrow(() -> new AssertionError(model + " " + e.get("key") + " missing"));
                    assertNumber(number(e.get("credit")), row.get(model), query + " " + model + " " + e.get("key"));
                }
                double credited = expected.stream().mapToDouble(e -> number(e.get("credit"))).sum();
                assertNumber(credited, card.get("totals." + model), query + " " + model + " total");
            });
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownCardAnd400ForABadFilter() {
        api(Role.VIEWER).get("/api/cards/no-such-card").then().statusCode(404).body("error", containsString("no-such-card"));
        as(Role.VIEWER).get("/cards/no-such-card.csv").then().statusCode(404);
        api(Role.VIEWER).get("/api/cards/kpis?from=yesterday").then().statusCode(400).body("error", notNullValue());
        api(Role.VIEWER).get("/api/cards?target=perhaps").then().statusCode(400).body("error", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cards", "/api/cards/kpis"})
    void shouldAnswerAnonymousApiCallsWith401(String path) {
        given().get(path).then().statusCode(401);
    }

    @Test
    void shouldSendAnonymousCsvDownloadsToTheLogin() {
        given().redirects().follow(false).get("/cards/kpis.csv").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void shouldGuardAFormulaLikeLabelInTheCsv() {
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("key", "=HYPERLINK(\"http://evil\")");
        row.put("label", "@SUM(A1)");
        row.put("credit", 12345678.9);
        row.put("roi", null);
        Card card = new Card("campaign-roi", "t", List.of(new Card.Column("key", "Key"), new Card.Column("label", "L"),
                new Card.Column("credit", "C"), new Card.Column("roi", "R")), List.of(row), Map.of());
        String csv = CardCsv.write(card);
        assertTrue(csv.startsWith("key,label,credit,roi\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\",'@SUM(A1),12345678.9,\r\n"), csv);
    }

    @Test
    void shouldOfferTheDataOfEveryChartCardOnTheDashboard() {
        String page = as(Role.VIEWER).get("/?period=last_12_months&target=any").then().statusCode(200).extract()
                .asString();
        for (String id : List.of("attribution-channel", "models", "campaign-roi", "stages", "engagement", "funnel",
                "nps")) {
            assertTrue(page.contains("href=\"/cards/" + id + ".csv?period=last_12_months"), id);
        }
        assertTrue(page.contains("Download data"));
        as(Role.VIEWER).cookie("accountable-lang", "ro").get("/?period=last_12_months").then().statusCode(200)
                .body(containsString("Descarcă datele"));
    }

    // ---- the Engagement section (docs/metrics.md, "Engagement") --------------------------------

    /** The cells of each table row of a card of the page's Engagement section, unescaped. */
    private static List<List<String>> pageRows(String html, String id) {
        int at = html.indexOf("id=\"panel-" + id + "\"");
        assertTrue(at >= 0, id + " is on the page");
        String figure = html.substring(at, html.indexOf("</figure>", at));
        assertTrue(figure.contains("href=\"/cards/" + id + ".csv?"), id + " offers its data");
        String body = figure.substring(figure.indexOf("<tbody>"), figure.indexOf("</tbody>"));
        List<List<String>> rows = new java.util.ArrayList<>();
        java.util.regex.Matcher tr = java.util.regex.Pattern.compile("<tr[^>]*>(.*?)</tr>", java.util.regex.Pattern.DOTALL)
                .matcher(body);
        while (tr.find()) {
            List<String> cells = new java.util.ArrayList<>();
            java.util.regex.Matcher td = java.util.regex.Pattern.compile("<td[^>]*>(.*?)</td>", java.util.regex.Pattern.DOTALL)
                    .matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"email-stages", "email-campaigns", "content-assets", "ad-tiers", "revenue-types",
            "nps-outcomes"})
    void shouldShowTheEngagementCardsNumbersOnThePage(String id) {
        for (String query : FILTERS) {
            String html = as(Role.VIEWER).get("/fragments/engagement?" + query).then().statusCode(200).extract()
                    .asString();
            JsonPath card = card(id, query);
            List<String> keys = card.getList("columns.key", String.class).stream().filter(k -> !"key".equals(k))
                    .toList();
            List<Map<String, Object>> rows = card.getList("rows");
            Map<String, Object> totals = card.getMap("totals");
            List<List<String>> page = pageRows(html, id);
            List<Map<String, Object>> shown = "content-assets".equals(id)
                    ? rows.subList(0, Math.min(EngagementCards.TOP_ASSETS, rows.size())) : rows;
            assertEquals(shown.size() + (totals.isEmpty() ? 0 : 1), page.size(), id + " " + query + " rows");
            io.accountable.i18n.Language en = io.accountable.i18n.Language.EN;
            for (int i = 0; i < shown.size(); i++) {
                for (int c = 0; c < keys.size(); c++) {
                    assertEquals(EngagementCards.cell(keys.get(c), shown.get(i).get(keys.get(c)), "USD", en),
                            page.get(i).get(c), id + " " + query + " row " + i + " " + keys.get(c));
                }
            }
            if (!totals.isEmpty()) {
                List<String> total = page.get(page.size() - 1);
                assertEquals("Total", total.get(0));
                for (int c = 1; c < keys.size(); c++) {
                    assertEquals(EngagementCards.cell(keys.get(c), totals.get(keys.get(c)), "USD", en), total.get(c),
                            id + " " + query + " total " + keys.get(c));
                }
            }
            for (Map<String, Object> row : rows) {
                for (String key : keys) {
                    if (EngagementCards.format(key).equals("percent") && row.get(key) != null) {
                        double rate = number(row.get(key));
                        assertTrue(rate >= 0 && rate <= 1, id + " " + key + " " + rate);
                    }
                }
            }
        }
    }

    @Test
    void shouldLoadTheEngagementSectionAfterThePageInTheReadersLanguage() {
        String page = as(Role.VIEWER).get("/?period=last_12_months&target=any").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("hx-get=\"/fragments/engagement?period=last_12_months"), "loaded after the page");
        as(Role.VIEWER).cookie("accountable-lang", "ru").get("/fragments/engagement?period=last_12_months").then()
                .statusCode(200).body(containsString("Вовлечённость")).body(containsString("Выручка по типам сделок"))
                .body(containsString("Скачать данные")).body(containsString("Итого"));
        as(Role.VIEWER).cookie("accountable-lang", "ro").get("/fragments/engagement?period=last_12_months").then()
                .statusCode(200).body(containsString("NPS ca indicator anticipativ"))
                .body(containsString("Venituri din reînnoiri"));
        given().redirects().follow(false).get("/fragments/engagement").then().statusCode(302);
    }

    private static double sum(JsonPath card, String path) {
        return card.getList(path).stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
    }

    @Test
    void shouldAddTheEngagementCardsUpToTheKpis() {
        for (String query : FILTERS) {
            JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + query).then().statusCode(200).extract().jsonPath();
            for (String id : List.of("email-stages", "email-campaigns")) {
                JsonPath email = card(id, query);
                for (String part : List.of("sent", "opens", "clicks", "replies")) {
                    double sum = sum(email, "rows." + part);
                    assertNumber(sum, email.get("totals." + part), id + " " + part);
                }
                for (String rate : List.of("open", "click", "reply")) {
                    assertNumber(number(kpis.get("kpis.email_" + rate + "_rate.value")),
                            email.get("totals." + rate + "_rate"), query + " " + id + " " + rate);
                }
            }
            JsonPath types = card("revenue-types", query);
            assertEquals(List.of("new_business", "upsell", "cross_sell", "renewal"),
                    types.getList("rows.key", String.class).subList(0, 4));
            assertNumber(number(kpis.get("kpis.revenue.value")), types.get("totals.revenue"), query + " revenue");
            double revenue = sum(types, "rows.revenue");
            assertNumber(revenue, types.get("totals.revenue"), query + " revenue by type");
            assertTrue(types.getList("rows", Map.class).stream().filter(r -> ((Number) r.get("won")).intValue() > 0)
                    .count() >= 2, query + ": the demo wins deals of several types");
            JsonPath ads = card("ad-tiers", query);
            assertNumber(number(kpis.get("kpis.engaged_accounts.value")) / number(kpis.get("kpis.influenced_account_rate.value")),
                    ads.get("totals.accounts"), query + " accounts in scope");
            JsonPath nps = card("nps-outcomes", query);
            double accounts = sum(nps, "rows.accounts");
            assertNumber(accounts, ads.get("totals.accounts"), query + " every account in one NPS group");
            JsonPath assets = card("content-assets", query);
            assertTrue(number(assets.get("totals.influenced_pipeline")) <= number(kpis.get("kpis.influenced_pipeline.value")) + 1e-6,
                    query + " content-influenced pipeline within the influenced pipeline");
            assertTrue(number(assets.get("totals.downloads")) > 0, query + " the demo downloads content");
        }
    }
}
