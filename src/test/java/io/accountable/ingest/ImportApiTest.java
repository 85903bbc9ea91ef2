package io.accountable.ingest;

import static io.accountable.TestUsers.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.account.Account;
import io.accountable.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus of src/test/resources/import: each file and the answer it must get. */
@QuarkusTest
class ImportApiTest {

    static byte[] file(String name) throws IOException {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }

    static JsonPath post(String kind, String name, String query, int status) throws IOException {
        return api(Role.ANALYST).contentType("text/csv").body(file(name))
                .post("/api/import/" + kind + "?fileName=" + name + (query.isEmpty() ? "" : "&" + query)).then()
                .statusCode(status).extract().jsonPath();
    }

    @AfterEach
    void removeImported() {
        QuarkusTransaction.requiringNew().run(() -> {
            Account.getEntityManager().createNativeQuery("delete from touchpoint where external_id like 'IMP-%'")
                    .executeUpdate();
            Account.getEntityManager().createNativeQuery("delete from opportunity where external_id like 'IMP-%'")
                    .executeUpdate();
            Account.delete("externalId like 'IMP-%'");
        });
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                // file, kind, query, status, created, rejected, error column, message fragment
                Arguments.of("accounts_semicolon.csv", "accounts", "", 200, 2, 0, null, null),
                Arguments.of("accounts_tab.csv", "accounts", "", 200, 1, 0, null, null),
                Arguments.of("accounts_bom.csv", "accounts", "", 200, 1, 0, null, null),
                Arguments.of("accounts_quoted_newline.csv", "accounts", "", 200, 1, 0, null, null),
                Arguments.of("accounts_cp1252.csv", "accounts", "charset=windows-1252", 200, 1, 0, null, null),
                Arguments.of("accounts_unknown_column.csv", "accounts", "", 200, 1, 0, null, null),
                Arguments.of("touchpoints_date_only.csv", "touchpoints", "", 200, 1, 0, null, null),
                Arguments.of("accounts_header_only.csv", "accounts", "", 200, 0, 0, null, null),
                Arguments.of("contacts_missing_column.csv", "contacts", "", 422, 0, 0, "account_id", "Required column"),
                Arguments.of("accounts_pipe.csv", "accounts", "", 422, 0, 0, "id", "Required column"),
                Arguments.of("empty.csv", "accounts", "", 422, 0, 0, null, "empty"),
                Arguments.of("touchpoints_bad_instant.csv", "touchpoints", "", 422, 0, 1, "occurred_at", "ISO-8601"),
                Arguments.of("opportunities_negative_amount.csv", "opportunities", "", 422, 0, 1, "amount", "negative"),
                Arguments.of("contacts_unknown_reference.csv", "contacts", "", 422, 0, 1, "account_id", "No account"),
                Arguments.of("accounts_duplicate_id.csv", "accounts", "", 422, 1, 1, "id", "Duplicate id"),
                Arguments.of("accounts_ragged.csv", "accounts", "", 422, 0, 1, null, "fields"),
                Arguments.of("accounts_long_field.csv", "accounts", "", 422, 0, 1, "name", "longer than"),
                Arguments.of("nps_score_11.csv", "nps", "", 422, 0, 1, "score", "0 to 10"),
                Arguments.of("opportunities_won_no_close.csv", "opportunities", "", 422, 0, 1, "closed_at", "needs closed_at"),
                Arguments.of("opportunities_other_currency.csv", "opportunities", "", 422, 0, 1, "currency", "reporting currency"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldAnswerEachFileOfTheCorpus(String name, String kind, String query, int status, int created, int rejected,
            String column, String message) throws IOException {
        JsonPath answer = post(kind, name, query, status);
        assertEquals(rejected, answer.getInt("rejected"), name);
        if (status == 200) {
            assertEquals(created, answer.getInt("created"), name);
        }
        assertEquals(answer.getInt("read"), answer.getInt("created") + answer.getInt("updated")
                + answer.getInt("unchanged") + answer.getInt("rejected"), "counts reconcile for " + name);
        if (message != null) {
            String first = answer.getString("errors[0].message");
            assertTrue(first.contains(message), name + ": " + first);
            assertEquals(column, answer.getString("errors[0].column"), name);
            assertTrue(answer.getInt("errors[0].row") >= 0);
        }
    }

    @Test
    void shouldReadWindows1252WhenToldAndRefuseItAsUtf8() throws IOException {
        post("accounts", "accounts_cp1252.csv", "charset=windows-1252", 200);
        assertEquals("Société Générale", QuarkusTransaction.requiringNew()
                .call(() -> Account.findByExternalId("IMP-W1").name));
        api(Role.ANALYST).contentType("text/csv").body(file("accounts_cp1252.csv")).post("/api/import/accounts")
                .then().statusCode(415).body("error", containsString("windows-1252"));
    }

    @Test
    void shouldRefuseABinaryFileWith415AndStoreNothing() throws IOException {
        api(Role.ANALYST).contentType("text/csv").body(file("binary.csv")).post("/api/import/accounts").then()
                .statusCode(415).body("error", containsString("not a CSV text file"));
        api(Role.ANALYST).contentType("image/png").body(file("binary.csv")).post("/api/import/accounts").then()
                .statusCode(415).body("error", containsString("text/csv"));
    }

    @Test
    void shouldRefuseAFileOverTheLimitWith413AndStoreNothing() {
        StringBuilder big = new StringBuilder("id,name,segment,target\n");
        for (int i = 0; big.length() <= 10_000_000; i++) {
            big.append("IMP-BIG").append(i).append(",Big account ").append(i).append(",import_test,false\n");
        }
        api(Role.ANALYST).contentType("text/csv").body(big.toString()).post("/api/import/accounts").then()
                .statusCode(413).body("error", containsString("limit"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-BIG%'")));
    }

    @Test
    void shouldRefreshTheNumbersAfterAnImport() {
        double before = api(Role.VIEWER).get("/api/kpis?from=2019-01-01&to=2019-12-31&target=any").then()
                .statusCode(200).extract().jsonPath().getDouble("kpis.revenue.value");
        byte[] accounts = "id,name,segment,target\nIMP-K1,Refresh,import_test,false\n".getBytes();
        api(Role.ANALYST).contentType("text/csv").body(accounts).post("/api/import/accounts").then().statusCode(200);
        byte[] opp = ("id,account_id,amount,status,created_at,closed_at\n"
                + "IMP-KO1,IMP-K1,4321.5,won,2019-03-01T00:00:00Z,2019-04-01T00:00:00Z\n").getBytes();
        api(Role.ANALYST).contentType("text/csv").body(opp).post("/api/import/opportunities").then().statusCode(200);
        double after = api(Role.VIEWER).get("/api/kpis?from=2019-01-01&to=2019-12-31&target=any").then()
                .statusCode(200).extract().jsonPath().getDouble("kpis.revenue.value");
        assertEquals(before + 4321.5, after, 1e-6);
    }

    @Test
    void shouldUpsertReimportsWithoutDuplicates() throws IOException {
        post("accounts", "accounts_semicolon.csv", "", 200);
        JsonPath again = post("accounts", "accounts_semicolon.csv", "", 200);
        assertEquals(0, again.getInt("created"));
        assertEquals(2, again.getInt("unchanged"));
        byte[] changed = "id,name,segment,target\nIMP-S1,Semi One Renamed,import_test,false\n".getBytes();
        JsonPath update = api(Role.ANALYST).contentType("text/csv").body(changed).post("/api/import/accounts").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, update.getInt("updated"));
        assertEquals("Semi One Renamed", QuarkusTransaction.requiringNew()
                .call(() -> Account.findByExternalId("IMP-S1").name));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-S%'")));
    }

    @Test
    void shouldWriteNothingWhenTheLastRowIsBadAndWriteTheRestWhenToldToSkip() throws IOException {
        JsonPath all = post("accounts", "accounts_bad_last_row.csv", "", 422);
        assertEquals(3, all.getInt("read"));
        assertEquals(1, all.getInt("rejected"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-G%'")));
        JsonPath skip = post("accounts", "accounts_bad_last_row.csv", "mode=skip-invalid", 200);
        assertEquals(2, skip.getInt("created"));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-G%'")));
    }

    @Test
    void shouldImportAnExportBackUnchanged() {
        byte[] export = api(Role.VIEWER).get("/api/export/campaigns").then().statusCode(200).extract().asByteArray();
        JsonPath again = api(Role.ANALYST).contentType("text/csv").body(export).post("/api/import/campaigns").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("created") + again.getInt("updated"));
        assertEquals(again.getInt("read"), again.getInt("unchanged"));
        byte[] touches = api(Role.VIEWER).get("/api/export/touchpoints").then().statusCode(200).extract().asByteArray();
        JsonPath touchAgain = api(Role.ANALYST).contentType("text/csv").body(touches).post("/api/import/touchpoints")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(touchAgain.getInt("read"), touchAgain.getInt("unchanged"));
    }

    @Test
    void shouldKeepImportsToAnalystsAndAnswerUnknownKindsClearly() throws IOException {
        api(Role.VIEWER).contentType("text/csv").body(file("accounts_tab.csv")).post("/api/import/accounts").then()
                .statusCode(403);
        api(Role.ANALYST).contentType("text/csv").body(file("accounts_tab.csv")).post("/api/import/planets").then()
                .statusCode(400).body("error", containsString("Unknown kind"));
        api(Role.ANALYST).contentType("text/csv").body(file("accounts_tab.csv")).post("/api/import/accounts?mode=maybe")
                .then().statusCode(400);
    }

    @Test
    void shouldAcceptAMultipartUpload() throws IOException {
        api(Role.ANALYST).multiPart("file", "accounts_tab.csv", file("accounts_tab.csv"), "text/csv")
                .post("/api/import/accounts").then().statusCode(200).body("created", equalTo(1))
                .body("warnings", org.hamcrest.Matchers.empty());
        api(Role.ANALYST).contentType("text/csv").body(file("accounts_unknown_column.csv")).post("/api/import/accounts")
                .then().statusCode(200).body("warnings", hasItem(containsString("Favourite Colour")));
    }

    @Test
    void shouldListEachImportInTheHistoryWithItsChecksumAndCounts() throws Exception {
        byte[] bytes = file("accounts_bad_last_row.csv");
        post("accounts", "accounts_bad_last_row.csv", "mode=skip-invalid", 200);
        JsonPath last = api(Role.ANALYST).get("/api/imports?limit=1").then().statusCode(200).extract().jsonPath();
        assertEquals("accounts_bad_last_row.csv", last.getString("[0].fileName"));
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                last.getString("[0].sha256"));
        assertEquals("test-analyst", last.getString("[0].user"));
        assertEquals("skip-invalid", last.getString("[0].mode"));
        assertEquals("succeeded", last.getString("[0].status"));
        assertEquals(3, last.getInt("[0].read"));
        assertEquals(last.getInt("[0].read"), last.getInt("[0].created") + last.getInt("[0].updated")
                + last.getInt("[0].unchanged") + last.getInt("[0].rejected"));
        post("accounts", "accounts_bad_last_row.csv", "", 422);
        assertEquals("rejected", api(Role.ANALYST).get("/api/imports?limit=1").then().statusCode(200).extract()
                .jsonPath().getString("[0].status"));
        api(Role.ANALYST).get("/api/imports?limit=lots").then().statusCode(400).body("error", containsString("limit"));
        api(Role.VIEWER).get("/api/imports").then().statusCode(403);
    }

    @Test
    void shouldGuardFormulasInExportsAndImportThemBackUnchanged() {
        String csv = "id,name,segment,target\nIMP-F1,=HYPERLINK(\"http://x\"),import_test,false\n"
                + "IMP-F2,''@quoted once,import_test,false\nIMP-F3,-minus,import_test,false\n";
        api(Role.ANALYST).contentType("text/csv").body(csv).post("/api/import/accounts").then().statusCode(200)
                .body("created", equalTo(3));
        String export = api(Role.VIEWER).get("/api/export/accounts").then().statusCode(200).extract().asString();
        assertTrue(export.contains("IMP-F1,\"'=HYPERLINK(\"\"http://x\"\")\""), "a formula is guarded");
        assertTrue(export.contains("IMP-F2,''@quoted once,"), "a guard typed in the file is read as one");
        assertTrue(export.contains("IMP-F3,'-minus,"));
        JsonPath again = api(Role.ANALYST).contentType("text/csv").body(export).post("/api/import/accounts").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("created") + again.getInt("updated"), "the export imports back unchanged");
        assertEquals("=HYPERLINK(\"http://x\")", QuarkusTransaction.requiringNew()
                .call(() -> Account.findByExternalId("IMP-F1").name));
        assertEquals("'@quoted once", QuarkusTransaction.requiringNew()
                .call(() -> Account.findByExternalId("IMP-F2").name));
    }
}
