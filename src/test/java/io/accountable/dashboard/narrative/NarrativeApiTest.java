package io.accountable.dashboard.narrative;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The narrative's figures are the cards' cells, on the page, in the API and on the PDF's first page. */
@QuarkusTest
class NarrativeApiTest {

    private static final List<String> FILTERS = List.of("period=last_12_months&target=any&model=linear",
            "from=2026-01-01&to=2026-06-30&model=w_shaped&target=true",
            "from=2025-07-01&to=2026-06-30&model=time_decay&target=any&tier=one_to_few&compare=year");

    @Test
    void shouldCiteOnlyCellsOfTheCardsForThreeFilters() {
        for (String query : FILTERS) {
            JsonPath told = api(Role.VIEWER).get("/api/narrative?" + query).then().statusCode(200).extract()
                    .jsonPath();
            List<Map<String, Object>> sentences = told.getList("sentences");
            assertTrue(sentences.size() >= 3, query + ": " + sentences);
            assertEquals("headline", sentences.get(0).get("kind"), query);
            int cited = 0;
            for (Map<String, Object> sentence : sentences) {
                String text = (String) sentence.get("text");
                assertFalse(text.contains("[["), text);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> figures = (List<Map<String, Object>>) sentence.get("figures");
                for (Map<String, Object> f : figures) {
                    assertTrue(text.contains((String) f.get("shown")), f + " is in " + text);
                    JsonPath card = api(Role.VIEWER).get((String) f.get("source")).then().statusCode(200).extract()
                            .jsonPath();
                    Object cell = cell(card.getList("rows"), (String) f.get("row"), (String) f.get("column"));
                    Object value = f.get("value");
                    if (value == null) {
                        assertNull(cell, f.toString());
                    } else {
                        // a channel without a row in the card has no credit there
                        double expected = cell == null ? 0 : ((Number) cell).doubleValue();
                        assertEquals(expected, ((Number) value).doubleValue(), 1e-6, f.toString());
                    }
                    cited++;
                }
            }
            assertTrue(cited >= 6, query + " cites " + cited);
        }
    }

    private static Object cell(List<Map<String, Object>> rows, String row, String column) {
        return rows.stream().filter(r -> row.equals(r.get("key"))).findFirst().map(r -> r.get(column)).orElse(null);
    }

    @Test
    void shouldCompareWithTheSameDaysAYearEarlierWhenAsked() {
        JsonPath told = api(Role.VIEWER).get("/api/narrative?from=2026-03-01&to=2026-03-31&target=any&compare=year")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("2025-03-01", told.getString("compareFrom"));
        assertEquals("2025-03-31", told.getString("compareTo"));
        assertTrue(told.getString("sentences[0].text").contains("against the same days a year earlier"),
                told.getString("sentences[0].text"));
    }

    @Test
    void shouldSayNothingHappenedOnAnEmptyPeriod() {
        JsonPath told = api(Role.VIEWER).get("/api/narrative?from=2001-01-01&to=2001-01-31&target=any").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("nothing"), told.getList("sentences.kind"));
    }

    @Test
    void shouldShowTheNarrativeOnTheDashboardWithLinksToTheCards() {
        String query = FILTERS.get(0);
        String page = as(Role.VIEWER).get("/?" + query).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"narrative\""), "the dashboard loads the narrative");
        assertTrue(page.contains("id=\"kpi-revenue\""), "tiles are anchors");
        String region = as(Role.VIEWER).get("/fragments/narrative?" + query).then().statusCode(200).extract()
                .asString();
        assertTrue(region.contains("href=\"#kpi-revenue\""), region);
        assertTrue(region.contains("href=\"#panel-stages\""), region);
        String ru = as(Role.VIEWER).header("Accept-Language", "ru").get("/fragments/narrative?" + query).then()
                .statusCode(200).extract().asString();
        assertTrue(ru.contains("Доход от целевых аккаунтов"), ru);
    }

    @Test
    void shouldAnswerOnlyToSignedInUsersAndRefuseABadFilter() {
        given().get("/api/narrative").then().statusCode(401);
        api(Role.VIEWER).get("/api/narrative?model=nonsense").then().statusCode(400);
    }

    @Test
    void shouldPrintTheNarrativeOnTheFirstPageOfThePdf() throws Exception {
        String query = FILTERS.get(1);
        String headline = api(Role.VIEWER).get("/api/narrative?" + query).then().statusCode(200).extract().jsonPath()
                .getString("sentences[0].figures[0].shown");
        assertNotNull(headline);
        byte[] pdf = as(Role.VIEWER).get("/reports/executive.pdf?" + query).then().statusCode(200).extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String text = first.getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("In short"), text);
            assertTrue(text.contains("Revenue from target accounts was " + headline), text);
        }
    }
}
