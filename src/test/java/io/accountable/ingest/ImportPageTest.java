package io.accountable.ingest;

import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.account.Account;
import io.accountable.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportPageTest {

    @AfterEach
    void removeImported() {
        QuarkusTransaction.requiringNew().run(() -> Account.delete("externalId like 'IMP-%'"));
    }

    @Test
    void shouldPreviewWithoutWritingThenImportOnConfirm() throws Exception {
        String preview = as(Role.ANALYST).multiPart("kind", "accounts").multiPart("mode", "skip-invalid")
                .multiPart("file", "accounts_bad_last_row.csv", ImportApiTest.file("accounts_bad_last_row.csv"),
                        "text/csv").post("/import/preview").then().statusCode(200)
                .body(containsString("Nothing has been written yet")).body(containsString("Bad Three"))
                .body(containsString("Must be true or false")).extract().asString();
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-G%'")));
        Matcher token = Pattern.compile("/import/([0-9a-f]{32})/confirm").matcher(preview);
        assertTrue(token.find());
        String rejected = as(Role.ANALYST).get("/import/" + token.group(1) + "/rejected.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(rejected.startsWith("id,name,segment,target,reason"), rejected);
        assertTrue(rejected.contains("IMP-G3") && !rejected.contains("IMP-G1"), rejected);
        as(Role.ANALYST).post("/import/" + token.group(1) + "/confirm").then().statusCode(200)
                .body(containsString("2 created"));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-G%'")));
        as(Role.ANALYST).get("/import").then().statusCode(200).body(containsString("accounts_bad_last_row.csv"))
                .body(containsString("succeeded"));
    }

    @Test
    void shouldKeepTheImportPageFromViewers() {
        as(Role.VIEWER).get("/import").then().statusCode(403);
        as(Role.ANALYST).get("/import").then().statusCode(200).body(containsString("Import data"));
    }

    @Test
    void shouldShowUnknownAndMissingColumnsInThePreview() throws Exception {
        as(Role.ANALYST).multiPart("kind", "accounts").multiPart("file", "accounts_unknown_column.csv",
                ImportApiTest.file("accounts_unknown_column.csv"), "text/csv").post("/import/preview").then()
                .statusCode(200).body(containsString("Favourite Colour")).body(containsString("unknown column, ignored"))
                .body(containsString("Unknown Col"));
        as(Role.ANALYST).multiPart("kind", "contacts").multiPart("file", "contacts_missing_column.csv",
                ImportApiTest.file("contacts_missing_column.csv"), "text/csv").post("/import/preview").then()
                .statusCode(200).body(containsString("account_id: required, the file is refused"))
                .body(containsString("Required column &#39;account_id&#39; is missing"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-%'")));
    }

    @Test
    void shouldRefuseABinaryFileOnThePreviewWith415() {
        as(Role.ANALYST).multiPart("kind", "accounts").multiPart("file", "binary.csv",
                new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0}, "text/csv").post("/import/preview").then()
                .statusCode(415).body(containsString("not a CSV text file"));
    }

    @Test
    void shouldOfferToImportTheValidRowsWhenAllOrNothingWouldWriteNothing() throws Exception {
        String preview = as(Role.ANALYST).multiPart("kind", "accounts").multiPart("file", "accounts_bad_last_row.csv",
                ImportApiTest.file("accounts_bad_last_row.csv"), "text/csv").post("/import/preview").then()
                .statusCode(200).body(containsString("an all-or-nothing import would write nothing"))
                .body(containsString("Import the 2 valid rows")).extract().asString();
        assertTrue(!preview.contains("Confirm the import"), "no confirm that would write nothing");
        Matcher token = Pattern.compile("/import/([0-9a-f]{32})/confirm").matcher(preview);
        assertTrue(token.find());
        as(Role.ANALYST).formParam("mode", "skip-invalid").post("/import/" + token.group(1) + "/confirm").then()
                .statusCode(200).body(containsString("2 created")).body(containsString("1 rejected row skipped"));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'IMP-G%'")));
        as(Role.ANALYST).formParam("mode", "sometimes").post("/import/" + token.group(1) + "/confirm").then()
                .statusCode(400);
    }

    @Test
    void shouldOfferNoConfirmationForARefusedFile() throws Exception {
        String preview = as(Role.ANALYST).multiPart("kind", "contacts").multiPart("file", "contacts_missing_column.csv",
                ImportApiTest.file("contacts_missing_column.csv"), "text/csv").post("/import/preview").then()
                .statusCode(200).body(containsString("cannot be imported as it is")).extract().asString();
        assertTrue(!preview.contains("Confirm the import") && !preview.contains("valid rows</button>"), preview);
    }

    @Test
    void shouldKeepAPreviewToTheUserWhoUploadedIt() throws Exception {
        String preview = as(Role.ANALYST).multiPart("kind", "accounts").multiPart("file", "accounts_tab.csv",
                ImportApiTest.file("accounts_tab.csv"), "text/csv").post("/import/preview").then().statusCode(200)
                .extract().asString();
        Matcher token = Pattern.compile("/import/([0-9a-f]{32})/confirm").matcher(preview);
        assertTrue(token.find());
        as(Role.ADMIN).post("/import/" + token.group(1) + "/confirm").then().statusCode(404);
        as(Role.ADMIN).get("/import/" + token.group(1) + "/rejected.csv").then().statusCode(400);
        as(Role.ANALYST).get("/import/" + token.group(1) + "/rejected.csv").then().statusCode(200);
    }

    /** Every export and sample link on the Import page downloads with the browser's session alone. */
    @org.junit.jupiter.api.Test
    void shouldDownloadEveryLinkOfTheImportPageWhenSignedIn() {
        String page = as(Role.ANALYST).get("/import").then().statusCode(200).extract().asString();
        Matcher links = Pattern.compile("href=\"(/api/[^\"]+)\"").matcher(page);
        int count = 0;
        while (links.find()) {
            String link = links.group(1).replace("&amp;", "&");
            io.restassured.RestAssured.given().cookies(io.accountable.TestUsers.session(Role.ANALYST)).get(link).then()
                    .statusCode(200).contentType(containsString("text/csv"));
            count++;
        }
        assertTrue(count >= 16, "the page links every kind's export and sample: " + count);
    }
}
