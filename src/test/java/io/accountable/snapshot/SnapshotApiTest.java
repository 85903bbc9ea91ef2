package io.accountable.snapshot;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.accountable.settings.Settings;
import io.accountable.settings.SettingsService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Board snapshots: the figures and the PDF stay as frozen after an import, and the diff says
 * how much of each change comes from the data, the settings and the period. The filter is
 * limited to a region only these tests' accounts are in, so the demo numbers stay as they are.
 */
@QuarkusTest
class SnapshotApiTest {

    private static final String FILTER =
            "period=custom&from=2025-01-01&to=2025-12-31&target=any&region=snapshot_test&model=linear";

    @Inject
    SettingsService settings;

    private static void importCsv(String kind, String csv) {
        api(Role.ANALYST).contentType("text/csv").body(csv).post("/api/import/" + kind).then().statusCode(200);
    }

    private static Double revenueNow() {
        Object v = api(Role.VIEWER).get("/api/kpis?" + FILTER).then().statusCode(200).extract().jsonPath()
                .get("kpis.revenue.value");
        return v == null ? null : ((Number) v).doubleValue();
    }

    @Test
    void shouldKeepTheFrozenFiguresAndPdfAfterAnImportAndSplitWhatChangedByCause() throws Exception {
        importCsv("accounts", "id,name,region,target\nSNAP1,Snapshot One Ltd,snapshot_test,true\n");
        importCsv("opportunities", "id,account_id,amount,status,created_at,closed_at,contract_months\n"
                + "SNAPOPP0,SNAP1,1000,won,2025-02-01,2025-04-01,12\n");
        Double revenueBefore = revenueNow();

        JsonPath frozen = api(Role.ANALYST).queryParam("title", "Board <b>Q4</b>").post("/api/snapshots?" + FILTER).then()
                .statusCode(201).header("Location", containsString("/api/snapshots/")).extract().jsonPath();
        long id = frozen.getLong("id");
        assertEquals("Board <b>Q4</b>", frozen.getString("title"), "stored as typed, escaped where shown");
        assertEquals(revenueBefore, frozen.getDouble("kpis.revenue"), 1e-9, "the figure of the dashboard");
        assertEquals("2025-01-01", frozen.getString("from"));
        assertTrue(frozen.getLong("dataVersion") >= 0);
        byte[] pdf = api(Role.VIEWER).get("/api/snapshots/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));

        importCsv("opportunities", "id,account_id,amount,status,created_at,closed_at,contract_months\n"
                + "SNAPOPP1,SNAP1,1234.5,won,2025-03-01,2025-06-01,12\n");
        assertEquals(revenueBefore + 1234.5, revenueNow(), 1e-6, "today's dashboard has the new deal");

        JsonPath again = api(Role.VIEWER).get("/api/snapshots/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(frozen.getMap("kpis"), again.getMap("kpis"), "a snapshot does not move with the data");
        assertArrayEquals(pdf, api(Role.VIEWER).get("/api/snapshots/" + id + "/pdf").then().statusCode(200)
                .extract().asByteArray(), "the same document");
        assertTrue(api(Role.VIEWER).get("/api/snapshots").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class).contains(id));

        JsonPath diff = api(Role.VIEWER).get("/api/snapshots/" + id + "/diff").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(diff.getList("importsSince.kind").contains("opportunities"), diff.prettify());
        Map<String, Object> revenue = change(diff, "revenue");
        assertEquals(1234.5, ((Number) revenue.get("change")).doubleValue(), 1e-6);
        assertEquals(1234.5, ((Number) revenue.get("fromData")).doubleValue(), 1e-6);
        assertEquals(0.0, ((Number) revenue.get("fromSettings")).doubleValue(), 1e-9);
        assertEquals(0.0, ((Number) revenue.get("fromPeriod")).doubleValue(), 1e-9);
        assertPartsAddUp(diff);

        // a second snapshot after the import, then a settings change: the diff puts it on the settings
        long second = api(Role.ANALYST).post("/api/snapshots?" + FILTER).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Settings original = settings.current();
        try {
            Settings changed = new Settings(original.currency(), original.timeZone(), original.grossMargin() / 2,
                    original.annualChurnRate(), original.touchTypeWeights(), original.highIntentTypes(),
                    original.salesChannels(), original.engagementHalfLifeDays(), original.defaultModel(),
                    original.defaultView(), original.lookbackDays(), original.timeDecayHalfLifeDays(),
                    original.positionFirstShare(), original.positionLastShare());
            assertEquals(List.of(), settings.save(changed, "snapshot-test"));
            JsonPath d2 = api(Role.VIEWER).get("/api/snapshots/" + second + "/diff").then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(List.of(), d2.getList("importsSince"));
            assertEquals(List.of("grossMargin"), d2.getList("settingsSince[0].changed"));
            Map<String, Object> clv = change(d2, "clv");
            assertNotNull(clv.get("fromSettings"), "clv is defined here: " + clv);
            assertTrue(((Number) clv.get("fromSettings")).doubleValue() < 0, "half the margin, less lifetime value");
            assertEquals(0.0, ((Number) clv.get("fromData")).doubleValue(), 1e-9);
            assertEquals(0.0, ((Number) change(d2, "revenue").get("change")).doubleValue(), 1e-9);
            assertPartsAddUp(d2);
            as(Role.VIEWER).get("/reports/snapshots/" + second).then().statusCode(200)
                    .body(containsString("grossMargin")).body(containsString("What changed since"));
        } finally {
            settings.save(original, "snapshot-test");
        }
        as(Role.VIEWER).get("/reports/snapshots/" + id).then().statusCode(200)
                .body(containsString("Board &lt;b&gt;Q4&lt;/b&gt;")).body(containsString("opportunities"));
        byte[] page = as(Role.VIEWER).get("/reports/snapshots/" + id + ".pdf").then().statusCode(200).extract()
                .asByteArray();
        assertArrayEquals(pdf, page);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(JsonPath diff, String kpi) {
        List<Map<String, Object>> kpis = diff.getList("kpis");
        return kpis.stream().filter(k -> kpi.equals(k.get("key"))).findFirst().orElseThrow();
    }

    private static void assertPartsAddUp(JsonPath diff) {
        for (String list : List.of("kpis", "channels")) {
            List<Map<String, Object>> rows = diff.getList(list);
            for (Map<String, Object> r : rows) {
                if (r.get("change") != null && r.get("fromData") != null && r.get("fromSettings") != null
                        && r.get("fromPeriod") != null) {
                    double sum = ((Number) r.get("fromData")).doubleValue()
                            + ((Number) r.get("fromSettings")).doubleValue()
                            + ((Number) r.get("fromPeriod")).doubleValue();
                    assertEquals(((Number) r.get("change")).doubleValue(), sum, 1e-6, r.toString());
                }
            }
        }
    }

    @Test
    void shouldLetViewersReadButOnlyAnalystsFreeze() {
        api(Role.VIEWER).post("/api/snapshots?" + FILTER).then().statusCode(403);
        api(Role.VIEWER).get("/api/snapshots").then().statusCode(200);
        given().get("/api/snapshots").then().statusCode(401);
        given().redirects().follow(false).get("/reports/snapshots").then().statusCode(302);
        as(Role.VIEWER).get("/reports/snapshots").then().statusCode(200).body(containsString("Board snapshots"))
                .body(org.hamcrest.Matchers.not(containsString("Freeze for the board")));
        as(Role.ANALYST).get("/reports/snapshots").then().statusCode(200).body(containsString("Freeze for the board"));
    }

    @Test
    void shouldAnswer404ForAnUnknownSnapshotAnd400ForABadFilter() {
        api(Role.VIEWER).get("/api/snapshots/999999").then().statusCode(404).body(containsString("No snapshot"));
        api(Role.VIEWER).get("/api/snapshots/abc/diff").then().statusCode(404);
        as(Role.VIEWER).get("/reports/snapshots/abc").then().statusCode(404);
        api(Role.ANALYST).post("/api/snapshots?from=2025-13-01").then().statusCode(400);
    }

    @Test
    void shouldRefuseAFormFreezeWithoutTheCsrfToken() {
        given().redirects().follow(false).cookies(io.accountable.TestUsers.session(Role.ANALYST))
                .contentType("application/x-www-form-urlencoded").formParam("title", "x")
                .post("/reports/snapshots?" + FILTER).then().statusCode(403);
        // with the token of the page, the form freezes and opens the snapshot
        as(Role.ANALYST).contentType("application/x-www-form-urlencoded").formParam("title", "From the form")
                .post("/reports/snapshots?" + FILTER).then().statusCode(303)
                .header("Location", containsString("/reports/snapshots/"));
    }
}
