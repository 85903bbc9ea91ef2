package io.accountable.opportunity;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Pipeline created tile opens the opportunities it summed: the list's total is the tile. */
@QuarkusTest
class OpportunityListTest {

    private static List<CSVRecord> export(String query) throws Exception {
        String csv = as(Role.VIEWER).get("/opportunities/export.csv?" + query).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"period=last_12_months&target=any&model=linear",
            "from=2026-01-01&to=2026-06-30&target=true&model=w_shaped&lookbackDays=90"})
    void shouldTotalExactlyThePipelineCreatedTile(String query) throws Exception {
        JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + query).then().statusCode(200).extract().jsonPath();
        double tile = kpis.getDouble("kpis.pipeline_created.value");
        List<CSVRecord> rows = export(query + "&drill=created");
        assertFalse(rows.isEmpty(), "opportunities were created in the period");
        double sum = 0;
        for (CSVRecord r : rows) {
            sum += Double.parseDouble(r.get("amount"));
        }
        assertEquals(tile, sum, 1e-6, "the CSV sums to the tile");

        // every row was created in the period; the count is that of the opportunities created in it in scope
        Instant start = LocalDate.parse(kpis.getString("from")).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = LocalDate.parse(kpis.getString("to")).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (CSVRecord r : rows) {
            Instant created = Instant.parse(r.get("created_at"));
            assertTrue(!created.isBefore(start) && created.isBefore(end), r.toString());
        }
        assertEquals(rows.size(), created(start, end, query.contains("target=true")), "the opportunities created");

        // the page's total row says the same, and so does the summary
        String page = as(Role.VIEWER).get("/opportunities?" + query + "&drill=created").then().statusCode(200)
                .extract().asString();
        Matcher total = Pattern.compile("data-sum=\"([^\"]+)\"").matcher(page);
        assertTrue(total.find(), "a total row");
        assertEquals(tile, Double.parseDouble(total.group(1)), 1e-6, "the total row is the tile");
        Matcher count = Pattern.compile("data-total=\"(\\d+)\"").matcher(page);
        assertTrue(count.find());
        assertEquals(rows.size(), Integer.parseInt(count.group(1)));
    }

    /** The opportunities created in [start, end), counted in the database (not the facts). */
    private static long created(Instant start, Instant end, boolean targetOnly) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Opportunity.count(
                "createdAt >= ?1 and createdAt < ?2" + (targetOnly ? " and account.target = true" : ""), start, end));
    }

    @Test
    void shouldSortPageAndLinkEachRowToItsAccount() throws Exception {
        String query = "period=last_12_months&target=any&drill=created";
        String page = as(Role.VIEWER).get("/opportunities?" + query + "&sort=amount&dir=desc&size=10").then()
                .statusCode(200).body(containsString("Opportunities created in the period"))
                .body(containsString("class=\"chips\"")).body(containsString("class=\"period-line\""))
                .extract().asString();
        assertTrue(page.contains("href=\"/accounts/"), "each row links to its account");
        assertEquals(10, page.split("data-opportunity=", -1).length - 1, "a page of ten");
        List<CSVRecord> byAmount = export(query + "&sort=amount&dir=desc");
        for (int i = 1; i < byAmount.size(); i++) {
            assertTrue(Double.parseDouble(byAmount.get(i - 1).get("amount")) >= Double.parseDouble(byAmount.get(i)
                    .get("amount")), "sorted by amount");
        }
        List<CSVRecord> byCreated = export(query + "&sort=created&dir=asc");
        for (int i = 1; i < byCreated.size(); i++) {
            assertTrue(byCreated.get(i - 1).get("created_at").compareTo(byCreated.get(i).get("created_at")) <= 0);
        }
        for (String sort : List.of("stage", "account", "opportunity")) {
            as(Role.VIEWER).get("/opportunities?" + query + "&sort=" + sort).then().statusCode(200);
        }
        as(Role.VIEWER).get("/opportunities?" + query + "&page=2&size=10").then().statusCode(200)
                .body(containsString("data-opportunity="));
        // htmx asks for the table alone
        as(Role.VIEWER).header("HX-Request", "true").get("/opportunities?" + query).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("<html")));
    }

    @Test
    void shouldRefuseBadParametersWithAClearMessage() {
        as(Role.VIEWER).get("/opportunities?sort=nonsense").then().statusCode(400).body(containsString("nonsense"));
        as(Role.VIEWER).get("/opportunities?page=x").then().statusCode(400);
        as(Role.VIEWER).get("/opportunities?page=0").then().statusCode(400);
        as(Role.VIEWER).get("/opportunities?dir=sideways").then().statusCode(400);
        as(Role.VIEWER).get("/opportunities?drill=everything").then().statusCode(400);
        as(Role.VIEWER).get("/opportunities/export.csv?sort=nonsense").then().statusCode(400);
        as(Role.VIEWER).get("/opportunities/export.csv?from=nonsense").then().statusCode(400);
    }

    @Test
    void shouldSpeakRussianAndRomanian() {
        as(Role.VIEWER).header("Accept-Language", "ru").get("/opportunities?drill=created").then().statusCode(200)
                .body(containsString("Сделки, созданные в периоде")).body(containsString("Итого"));
        as(Role.VIEWER).header("Accept-Language", "ro").get("/opportunities?drill=created").then().statusCode(200)
                .body(containsString("Tranzacții create în perioadă"));
    }

    @Test
    void shouldAskForSignIn() {
        int status = io.restassured.RestAssured.given().redirects().follow(false).get("/opportunities").then()
                .extract().statusCode();
        assertTrue(status == 302 || status == 303 || status == 401, "status " + status);
    }

    @Test
    void shouldBeWhereThePipelineCreatedTileDrills() {
        String page = as(Role.VIEWER).get("/?period=last_12_months&target=any").then().statusCode(200).extract()
                .asString();
        assertTrue(page.matches("(?s).*data-kpi=\"pipeline_created\".*?href=\"/opportunities\\?[^\"]*drill=created.*"),
                "the tile drills to the opportunities");
        assertTrue(page.contains("See opportunities"));
    }
}
