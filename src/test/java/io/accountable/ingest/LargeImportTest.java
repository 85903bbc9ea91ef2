package io.accountable.ingest;

import static io.accountable.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.account.Account;
import io.accountable.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large file through the Import page: its first rows at once, every row checked in the
 * background with progress the page polls, the right counts at 100 %, and a cancel during the
 * check or the import that writes nothing and is recorded "cancelled".
 */
@QuarkusTest
class LargeImportTest {

    static final int ROWS = 200_000;
    /** Every 50,000th row has a target that is not a boolean. */
    static final int BAD = ROWS / 50_000;
    static Path file;

    @BeforeAll
    static void generate() throws Exception {
        file = Files.createTempFile("large-accounts-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,name,target\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("BIG-" + i + ",Big " + i + "," + (i % 50_000 == 0 ? "perhaps" : "true") + "\n");
            }
        }
        assertTrue(Files.size(file) > ImportController.AT_ONCE_BYTES, "large enough to be checked in the background");
    }

    @AfterAll
    static void remove() throws Exception {
        Files.deleteIfExists(file);
    }

    private static long bigAccounts() {
        return QuarkusTransaction.requiringNew().call(() -> Account.count("externalId like 'BIG-%'"));
    }

    private static long records(String status) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ImportRecord.count("fileName = ?1 and status = ?2", file.getFileName().toString(), status));
    }

    /** Uploads the file and answers the token; the page answers at once with the first rows and the progress. */
    private static String upload() {
        long start = System.nanoTime();
        String page = as(Role.ANALYST).multiPart("kind", "accounts").multiPart("mode", "skip-invalid")
                .multiPart("file", file.toFile(), "text/csv").post("/import/preview").then().statusCode(200)
                .extract().asString();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 10_000, "the preview answers without checking every row: " + millis + " ms");
        assertTrue(page.contains("BIG-1<") && page.contains("Big 10<"), "the first rows at once");
        assertTrue(page.contains("A large file: its first rows are shown now"), page);
        assertTrue(page.contains("<progress") && page.contains("Cancel the check"), page);
        assertTrue(!page.contains("Confirm the import"), "no import before the check ends");
        Matcher token = Pattern.compile("/import/([0-9a-f]{32})/status").matcher(page);
        assertTrue(token.find(), page);
        return token.group(1);
    }

    @Test
    void shouldCheckALargeFileWithProgressThenCancelItsImportWritingNothing() throws Exception {
        long before = bigAccounts();
        String token = upload();
        String fragment = null;
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            Response status = as(Role.ANALYST).header("HX-Request", "true").get("/import/" + token + "/status");
            assertEquals(200, status.statusCode());
            fragment = status.asString();
            if (status.header("HX-Redirect") != null) {
                assertEquals("/import/" + token, status.header("HX-Redirect"));
                break;
            }
            assertTrue(fragment.contains("<progress") && fragment.contains("Checking every row"), fragment);
            assertTrue(System.currentTimeMillis() < deadline, "the check ends");
            Thread.sleep(200);
        }
        assertTrue(fragment.contains("value=\"100\"") && fragment.contains(ROWS + " rows read, 100 %"), fragment);
        String page = as(Role.ANALYST).get("/import/" + token).then().statusCode(200).extract().asString();
        assertTrue(page.contains("If you confirm: " + (ROWS - BAD) + " created, 0 updated, 0 unchanged, " + BAD
                + " rejected"), page);
        assertTrue(page.contains("Confirm the import") && page.contains("Must be true or false"), page);
        assertEquals(before, bigAccounts(), "a check writes nothing");

        String importing = as(Role.ANALYST).post("/import/" + token + "/confirm").then().statusCode(200).extract()
                .asString();
        assertTrue(importing.contains("Cancel the import") && importing.contains("Importing in one transaction"),
                importing);
        String progress = as(Role.ANALYST).get("/import/" + token + "/status").then().statusCode(200).extract()
                .asString();
        assertTrue(progress.contains("<progress"), progress);
        as(Role.ANALYST).post("/import/" + token + "/cancel").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Cancelled: nothing was written."));
        assertEquals(before, bigAccounts(), "a cancelled import writes nothing");
        assertEquals(1, records("cancelled"));
        ImportRecord record = QuarkusTransaction.requiringNew().call(() -> ImportRecord
                .<ImportRecord>find("fileName = ?1 and status = 'cancelled'", file.getFileName().toString()).firstResult());
        assertNotNull(record);
        assertTrue(record.message.startsWith("Cancelled after "), record.message);
        as(Role.ANALYST).get("/import").then().statusCode(200).body(org.hamcrest.Matchers.containsString("cancelled"));
        // the token is gone with its file
        as(Role.ANALYST).get("/import/" + token).then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> ImportRecord.delete("fileName", file.getFileName().toString()));
    }

    @Test
    void shouldCancelTheCheckOfALargeFileWritingNothing() throws Exception {
        long before = bigAccounts();
        String token = upload();
        as(Role.ANALYST).post("/import/" + token + "/cancel").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Cancelled: nothing was written."));
        assertEquals(before, bigAccounts());
        ImportRecord record = QuarkusTransaction.requiringNew().call(() -> ImportRecord
                .<ImportRecord>find("fileName = ?1 and status = 'cancelled'", file.getFileName().toString()).firstResult());
        assertNotNull(record, "the history shows the cancelled check");
        assertTrue(record.message.startsWith("Cancelled during the check"), record.message);
        as(Role.ANALYST).post("/import/" + token + "/confirm").then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> ImportRecord.delete("fileName", file.getFileName().toString()));
    }

    @Test
    void shouldRefuseACancelWithoutTheCsrfToken() {
        String token = upload();
        io.restassured.RestAssured.given().redirects().follow(false)
                .cookies(io.accountable.TestUsers.session(Role.ANALYST)).post("/import/" + token + "/cancel").then()
                .statusCode(403);
        as(Role.ANALYST).post("/import/" + token + "/cancel").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ImportRecord.delete("fileName", file.getFileName().toString()));
    }
}
