package io.accountable.ingest;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.TestUsers;
import io.accountable.account.Account;
import io.accountable.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Undoing the latest import of a kind, and a file of another kind refused with the right one. */
@QuarkusTest
class ImportUndoTest {

    @AfterEach
    void removeImported() {
        QuarkusTransaction.requiringNew().run(() -> {
            Account.getEntityManager().createNativeQuery("delete from stage_change where opportunity_id in "
                    + "(select id from opportunity where external_id like 'IMP-UN%')").executeUpdate();
            Account.getEntityManager().createNativeQuery("delete from opportunity where external_id like 'IMP-UN%'")
                    .executeUpdate();
            Account.getEntityManager().createNativeQuery("delete from contact where external_id like 'IMP-UN%'")
                    .executeUpdate();
            Account.delete("externalId like 'IMP-UN%'");
        });
    }

    private static JsonPath importCsv(String kind, String csv) {
        return api(Role.ANALYST).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/import/" + kind + "?fileName=undo-test.csv").then().statusCode(200).extract().jsonPath();
    }

    /** The id of the newest import in the history. */
    private static long latestImport() {
        return api(Role.ANALYST).get("/api/imports?limit=1").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
    }

    private static byte[] export(String kind) {
        return api(Role.ANALYST).get("/api/export/" + kind).then().statusCode(200).extract().asByteArray();
    }

    private static long dataVersion() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Account.getEntityManager()
                .createNativeQuery("select data_version from data_version where id = 1").getSingleResult())
                .longValue());
    }

    @Test
    void shouldGiveBackTheExportOfBeforeAnImportThatCreatedAndUpdatedRows() {
        importCsv("accounts", "id,name,segment,target,annual_revenue,created_at\n"
                + "IMP-UN1,Undo One,undo_test,false,1000.5,2025-01-02T03:04:05Z\n"
                + "IMP-UN2,Undo Two,undo_test,false,,\n");
        long first = latestImport();
        byte[] before = export("accounts");
        JsonPath second = importCsv("accounts", "id,name,segment,target,annual_revenue,created_at\n"
                + "IMP-UN1,Undo One Renamed,,false,2000,2025-02-02\n"
                + "IMP-UN2,Undo Two,undo_test,false,,\n"
                + "IMP-UN3,Undo Three,undo_test,false,3,\n");
        assertEquals(1, second.getInt("created"));
        assertEquals(1, second.getInt("updated"));
        long secondId = latestImport();
        assertFalse(java.util.Arrays.equals(before, export("accounts")));
        long version = dataVersion();

        api(Role.ANALYST).post("/api/imports/" + secondId + "/undo").then().statusCode(200)
                .body("status", equalTo("undone")).body("removed", equalTo(1)).body("restored", equalTo(1))
                .body("kind", equalTo("accounts"));
        assertArrayEquals(before, export("accounts"), "the export after the undo is the export before the import");
        assertTrue(dataVersion() > version, "the facts are rebuilt");
        api(Role.ANALYST).get("/api/imports?limit=5").then().body("find { it.id == " + secondId + " }.status",
                equalTo("undone"));

        // undone twice: refused; the earlier import is now the latest of accounts and can be undone
        api(Role.ANALYST).post("/api/imports/" + secondId + "/undo").then().statusCode(409)
                .body("error", containsString("already been undone"));
        api(Role.ANALYST).post("/api/imports/" + first + "/undo").then().statusCode(200).body("removed", equalTo(2));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-UN%'")));
        assertTrue(api(Role.ADMIN).get("/api/audit").then().statusCode(200).extract().asString()
                .contains("import-undone"));
    }

    @Test
    void shouldRefuseToUndoWhenALaterImportUsesOrFollowsItsRows() {
        importCsv("accounts", "id,name,segment\nIMP-UN5,Undo Five,undo_test\n");
        long accounts = latestImport();
        importCsv("contacts", "id,account_id,name\nIMP-UNC1,IMP-UN5,Carol\n");
        long contacts = latestImport();
        byte[] before = export("accounts");
        api(Role.ANALYST).header("Accept-Language", "en").post("/api/imports/" + accounts + "/undo").then()
                .statusCode(409).body("error", containsString("used by other data"));
        assertArrayEquals(before, export("accounts"), "a refused undo changes nothing");
        api(Role.ANALYST).get("/api/imports?limit=5").then().body("find { it.id == " + accounts + " }.status",
                equalTo("succeeded"));

        importCsv("accounts", "id,name,segment\nIMP-UN6,Undo Six,undo_test\n");
        long later = latestImport();
        api(Role.ANALYST).post("/api/imports/" + accounts + "/undo").then().statusCode(409)
                .body("error", containsString("not the latest import"));
        api(Role.ANALYST).post("/api/imports/" + later + "/undo").then().statusCode(200);
        api(Role.ANALYST).post("/api/imports/" + contacts + "/undo").then().statusCode(200);
        api(Role.ANALYST).post("/api/imports/" + accounts + "/undo").then().statusCode(200);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-UN%'")));

        api(Role.ANALYST).post("/api/imports/999999999/undo").then().statusCode(404);
        api(Role.ANALYST).post("/api/imports/nonsense/undo").then().statusCode(404);
        api(Role.VIEWER).post("/api/imports/" + accounts + "/undo").then().statusCode(403);
        api(Role.ANALYST).header("Accept-Language", "ru").post("/api/imports/" + accounts + "/undo").then()
                .statusCode(409).body("error", containsString("уже отменён"));
    }

    @Test
    void shouldUndoStageChangesAndRefuseAnOpportunitiesUndoTheyDependOn() {
        byte[] before = export("stage_changes");
        importCsv("opportunities", "id,account_id,amount,status,created_at\nIMP-UNO1,ACC00001,100.25,open,2026-01-01\n");
        long opportunities = latestImport();
        JsonPath stages = importCsv("stage_changes", "opportunity_id,stage,entered_at\n"
                + "IMP-UNO1,qualified,2026-01-02T10:00:00Z\nIMP-UNO1,proposal,2026-01-05\n");
        assertEquals(2, stages.getInt("created"));
        long stageChanges = latestImport();
        api(Role.ANALYST).post("/api/imports/" + opportunities + "/undo").then().statusCode(409)
                .body("error", containsString("used by other data"));
        api(Role.ANALYST).post("/api/imports/" + stageChanges + "/undo").then().statusCode(200)
                .body("removed", equalTo(2));
        assertArrayEquals(before, export("stage_changes"));
        api(Role.ANALYST).post("/api/imports/" + opportunities + "/undo").then().statusCode(200)
                .body("removed", equalTo(1));
        api(Role.ANALYST).get("/api/imports?limit=5").then()
                .body("find { it.id == " + opportunities + " }.undoneBy", equalTo("test-analyst"));
    }

    @Test
    void shouldUndoFromTheImportPageWithItsCsrfToken() {
        importCsv("accounts", "id,name,segment\nIMP-UN7,Undo Seven,undo_test\n");
        long id = latestImport();
        String page = as(Role.ANALYST).get("/import").then().statusCode(200).extract().asString();
        Matcher form = Pattern.compile("action=\"/import/history/" + id
                + "/undo\"[^>]*><input type=\"hidden\" name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(form.find(), "the latest import has an undo button");
        // without the token: refused, nothing undone
        RestAssured.given().redirects().follow(false).cookies(TestUsers.session(Role.ANALYST))
                .cookie("accountable-csrf", form.group(1)).post("/import/history/" + id + "/undo").then()
                .statusCode(403);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId = 'IMP-UN7'")));
        RestAssured.given().redirects().follow(false).cookies(TestUsers.session(Role.ANALYST))
                .cookie("accountable-csrf", form.group(1)).formParam("csrf-token", form.group(1))
                .post("/import/history/" + id + "/undo").then().statusCode(200)
                .body(containsString("Import " + id + " was undone"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId = 'IMP-UN7'")));
        as(Role.ANALYST).post("/import/history/" + id + "/undo").then().statusCode(409)
                .body(containsString("already been undone"));
        as(Role.VIEWER).post("/import/history/" + id + "/undo").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnOpportunitiesExportImportedAsAccountsAndOfferOpportunities() {
        byte[] opportunities = export("opportunities");
        long accountsBefore = QuarkusTransaction.requiringNew().call(() -> Account.count());
        api(Role.ANALYST).contentType("text/csv").body(opportunities).post("/api/import/accounts").then()
                .statusCode(422).body("suggestedKind", equalTo("opportunities")).body("written", equalTo(false))
                .body("errors[0].message", containsString("looks like a file of opportunities, not of accounts"));
        assertEquals(accountsBefore, (long) QuarkusTransaction.requiringNew().call(() -> Account.count()));
        // a file of the chosen kind is answered without the field
        String fine = api(Role.ANALYST).contentType("text/csv").body(export("accounts")).post("/api/import/accounts")
                .then().statusCode(200).extract().asString();
        assertFalse(fine.contains("suggestedKind"), fine);

        String preview = as(Role.ANALYST).multiPart("kind", "accounts").multiPart("file", "opportunities.csv",
                opportunities, "text/csv").post("/import/preview").then().statusCode(200)
                .body(containsString("This looks like a file of opportunities, not of accounts")).extract().asString();
        assertFalse(preview.contains("Confirm the import"), "no confirmation of a file of another kind");
        Matcher form = Pattern.compile("action=\"(/import/[0-9a-f]{32}/preview-as)\"").matcher(preview);
        assertTrue(form.find(), "the preview offers the right kind");
        as(Role.ANALYST).formParam("kind", "opportunities").post(form.group(1)).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Preview it as")))
                .body(containsString("Confirm the import"));
    }
}
